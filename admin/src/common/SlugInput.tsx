import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { TextInput, useRecordContext, type TextInputProps } from 'react-admin';

/** Django's slugify, which made every existing python.org slug: "Python 3.14.0rc1" → "python-3140rc1". */
export const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[-\s]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');

/**
 * The slug of a new record follows its name until the user types a slug of their own; an existing
 * record's slug never changes by itself, because published URLs use it.
 */
export function SlugInput({ from = 'name', helperText, ...props }: Omit<TextInputProps, 'source'> & { from?: string }) {
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
      helperText={
        helperText ??
        (record?.id ? 'Changing it changes the public URLs that use it.' : 'Filled in from the name; edit it if you need another.')
      }
      onChange={() => {
        followsName.current = false;
      }}
      {...props}
    />
  );
}
