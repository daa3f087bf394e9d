import { BooleanInput, CheckboxGroupInput, Loading, PasswordInput, ReferenceArrayInput, SelectInput, TextInput, email } from 'react-admin';
import { EMAIL_PRIVACY, MARKUP_TYPES, SEARCH_VISIBILITY } from '../../../../server/domain/enums';
import { InputGroup } from '../../common/InputGroup';
import { InputRow } from '../../common/InputRow';
import { useFieldRules } from '../../generic/useFieldRules';
import { RoleOption } from './RoleOption';

/**
 * The fields of a user, shared by create and edit. The password is write-only: the server never
 * returns it, so on edit the input starts empty and an empty value means "keep the current one".
 */
export function UserInputs({ create = false }: { create?: boolean }) {
  const rules = useFieldRules('users', { create });
  if (!rules) return <Loading />;
  return (
    <>
      <InputGroup title="Account" maxWidth={760}>
        <InputRow min={240}>
          <TextInput source="username" validate={rules('username')} autoComplete="off" />
          <TextInput source="email" type="email" validate={[...rules('email'), email('Not an email address.')]} />
        </InputRow>
        <InputRow min={240}>
          <TextInput source="first_name" validate={rules('first_name')} />
          <TextInput source="last_name" validate={rules('last_name')} />
        </InputRow>
        <PasswordInput
          source="password"
          label={create ? 'Password' : 'New password'}
          validate={rules('password')}
          autoComplete="new-password"
          helperText={
            create ? 'At least 10 characters. The user can change it later under My account.' : 'Leave empty to keep the current password.'
          }
          sx={{ maxWidth: 372 }}
        />
      </InputGroup>
      <InputGroup title="Access" maxWidth={760}>
        <BooleanInput source="is_active" label="Active" helperText="Inactive users cannot sign in, and their API tokens stop working." />
        <BooleanInput
          source="is_superuser"
          label="Superuser"
          helperText="May do everything, including managing users and roles, whatever roles are ticked below."
        />
        <ReferenceArrayInput source="role_ids" reference="roles" sort={{ field: 'name', order: 'ASC' }}>
          <CheckboxGroupInput
            label="Roles"
            optionText={<RoleOption />}
            row={false}
            helperText="What the user may change besides their own account."
          />
        </ReferenceArrayInput>
        <BooleanInput
          source="is_staff"
          label="Staff"
          helperText="Kept from the old Django site; the back office goes by the roles above."
        />
      </InputGroup>
      <InputGroup title="Public profile" maxWidth={760}>
        <TextInput source="bio" multiline minRows={3} fullWidth validate={rules('bio')} />
        <InputRow min={240}>
          <SelectInput source="bio_markup_type" label="Bio markup" choices={MARKUP_TYPES} validate={rules('bio_markup_type')} />
          <SelectInput source="search_visibility" label="Search visibility" choices={SEARCH_VISIBILITY} />
        </InputRow>
        <InputRow min={240}>
          <SelectInput source="email_privacy" label="Email privacy" choices={EMAIL_PRIVACY} />
          <BooleanInput source="public_profile" label="Public profile page" />
        </InputRow>
      </InputGroup>
    </>
  );
}
