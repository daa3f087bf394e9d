import DeleteIcon from '@mui/icons-material/Delete';
import { Button } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, useNotify } from 'react-admin';
import { revokeToken, TOKENS_KEY, type ApiToken } from './accountApi';

/** Revokes a token after asking: scripts using it stop working at once. */
export function RevokeTokenButton({ token }: { token: ApiToken }) {
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => revokeToken(token.id),
    onSuccess: () => notify(`Token “${token.name}” revoked.`, { type: 'success' }),
    onError: (error) => notify(error.message || 'The token could not be revoked.', { type: 'error' }),
    onSettled: () => {
      setOpen(false);
      return queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
    },
  });
  return (
    <>
      <Button color="error" size="small" startIcon={<DeleteIcon />} onClick={() => setOpen(true)} aria-label={`Revoke ${token.name}`}>
        Revoke
      </Button>
      <Confirm
        isOpen={open}
        loading={revoke.isPending}
        title={`Revoke the token “${token.name}”?`}
        content="Scripts using it will be refused from now on. This cannot be undone; you can create a new token instead."
        confirm="Revoke"
        confirmColor="warning"
        onConfirm={() => revoke.mutate()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
