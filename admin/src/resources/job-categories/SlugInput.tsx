import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { TextInput, useRecordContext, type TextInputProps } from 'react-admin';

const slugify = (text: string) =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The slug of a new record follows its name until the user types a slug of their own; an existing
 * record's slug never changes by itself, because published URLs use it.
 */
export function SlugInput({ from = 'name', ...props }: Omit<TextInputProps, 'source'> & { from?: string }) {
  const record = useRecordContext();
  const name = useWatch({ name: from }) as string | undefined;
  const { getValues, setValue } = useFormContext();
  const followsName = useRef(!record?.id);
  useEffect(() => {
    // Only once a name is typed: an untouched form must stay pristine (no "unsaved changes" warning).
    if (!followsName.current || name === undefined) return;
    const slug = slugify(name);
    if (getValues('slug') !== slug) setValue('slug', slug, { shouldDirty: true, shouldValidate: Boolean(slug) });
  }, [name, getValues, setValue]);
  return (
    <TextInput
      source="slug"
      helperText={record?.id ? 'Changing it changes the public URLs that use it.' : 'Filled in from the name; edit it if you need another.'}
      onChange={() => {
        followsName.current = false;
      }}
      {...props}
    />
  );
}
