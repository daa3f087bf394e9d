import { TextInput, type Validator } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { PAGE_PATH_PATTERN } from '../../../../server/domain/rules';

const SITE = 'https://www.python.org/';
const validPath = new RegExp(PAGE_PATH_PATTERN);

/**
 * Where the page lives on python.org. The rule (and its message) come from the server's declaration;
 * the helper text says the form in words and, once the path is valid, the address it will have.
 */
export function PagePathInput({ validate }: { validate?: Validator[] }) {
  const path = (useWatch({ name: 'path' }) as string | undefined) ?? '';
  const helperText = validPath.test(path)
    ? `Served at ${SITE}${path}/`
    : 'Like about/psf: lowercase letters, digits, dots and hyphens, in parts joined by "/", with no slash at either end.';
  return (
    <TextInput
      source="path"
      label="Path"
      validate={validate}
      helperText={helperText}
      fullWidth
      sx={{ '& input': { fontFamily: 'monospace' } }}
    />
  );
}
