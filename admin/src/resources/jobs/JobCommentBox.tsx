import { Box, Button, TextField } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, type HttpError } from 'react-admin';
import { addComment, historyKey } from './jobWorkflowApi';

/** A review comment on the job: seen by the other moderators and the submitter, listed in the history. */
export function JobCommentBox({ jobId }: { jobId: number }) {
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const notify = useNotify();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => addComment(jobId, comment.trim()),
    onSuccess: () => {
      setComment('');
      setProblem(null);
      notify('Comment added.', { type: 'success' });
      return queryClient.invalidateQueries({ queryKey: historyKey(jobId) });
    },
    onError: (error: HttpError) => setProblem(error?.body?.errors?.comment ?? error?.message ?? 'The comment could not be saved.'),
  });
  const send = () => comment.trim() && !save.isPending && save.mutate();
  return (
    <Box
      component="form"
      sx={{ mt: 2 }}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      aria-label="Add a comment"
    >
      <TextField
        fullWidth
        multiline
        minRows={2}
        size="small"
        label="Comment"
        name="review_comment"
        placeholder="Visible to the moderators and the submitter"
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        // Ctrl/Cmd+Enter sends; a plain Enter is a new line in a comment.
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            send();
          }
        }}
        error={Boolean(problem)}
        helperText={problem ?? 'Ctrl+Enter to send.'}
      />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 1 }}>
        <Button type="submit" size="small" variant="outlined" disabled={!comment.trim() || save.isPending}>
          Add comment
        </Button>
      </Box>
    </Box>
  );
}
