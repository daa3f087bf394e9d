import { useCallback, useState } from 'react';
import { Login, LoginForm, PasswordInput, required, TextInput, useTranslate } from 'react-admin';
import { roleGuide } from '../dashboard/roleGuides';
import type { DemoAccount } from './demoApi';
import { TryARole } from './TryARole';

/** react-admin's sign-in page, with "Try a role" in demo mode: a demo account lands on its role's own screen. */
export function SignInPage() {
  const translate = useTranslate();
  const [landing, setLanding] = useState<string>();
  const onChoose = useCallback((account: DemoAccount | undefined) => setLanding(account && roleGuide(account.role).landing), []);
  return (
    <Login>
      <LoginForm redirectTo={landing}>
        <TextInput autoFocus source="username" label={translate('ra.auth.username')} autoComplete="username" validate={required()} />
        <PasswordInput source="password" label={translate('ra.auth.password')} autoComplete="current-password" validate={required()} />
        <TryARole onChoose={onChoose} />
      </LoginForm>
    </Login>
  );
}
