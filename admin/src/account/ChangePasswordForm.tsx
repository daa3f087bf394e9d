import LockResetIcon from '@mui/icons-material/LockReset';
import { Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, minLength, PasswordInput, required, SaveButton, useNotify, type Validator } from 'react-admin';
import { PASSWORD_LENGTH } from '../../../server/domain/rules';
import { changePassword, fieldErrorsOf } from './accountApi';

/** The rule of PUT /api/auth/password, checked here before sending. */
const MIN_LENGTH = PASSWORD_LENGTH.min;

interface PasswordChange {
  current_password: string;
  new_password: string;
  confirm_password: string;
}

const sameAsNew: Validator = (value, values) => (value && value !== values.new_password ? 'Does not match the new password.' : undefined);

/** Changes one's own password; the server then signs out one's other sessions. */
export function ChangePasswordForm() {
  const notify = useNotify();
  // A new key remounts the form: the simplest way to clear three password fields after success.
  const [generation, setGeneration] = useState(0);
  const submit = async (values: Partial<PasswordChange>) => {
    try {
      await changePassword(values.current_password ?? '', values.new_password ?? '');
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (errors) return errors;
      notify((error as Error).message || 'The password could not be changed.', { type: 'error' });
      return undefined;
    }
    notify('Password changed. Your other sessions have been signed out.', { type: 'success' });
    setGeneration((g) => g + 1);
    return undefined;
  };
  return (
    <Card sx={{ flex: '1 1 320px' }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          Change password
        </Typography>
        <Form key={generation} onSubmit={submit} noValidate>
          <PasswordInput
            source="current_password"
            label="Current password"
            validate={required()}
            autoComplete="current-password"
            fullWidth
          />
          <PasswordInput
            source="new_password"
            label="New password"
            validate={[required(), minLength(MIN_LENGTH, `At least ${MIN_LENGTH} characters.`)]}
            autoComplete="new-password"
            helperText={`At least ${MIN_LENGTH} characters; a few unrelated words make a good one.`}
            fullWidth
          />
          <PasswordInput
            source="confirm_password"
            label="New password, again"
            validate={[required(), sameAsNew]}
            autoComplete="new-password"
            fullWidth
          />
          <SaveButton label="Change password" icon={<LockResetIcon />} />
        </Form>
      </CardContent>
    </Card>
  );
}
