import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { TextInput, useRecordContext, type Validator } from 'react-admin';

/** Django's slugify, which gave every existing release its slug: "Python 3.14.0rc1" → "python-3140rc1". */
export const djangoSlugify = (text: string) =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\w\s-]/g, '').trim().replace(/[-\s]+/g, '-').replace(/^[-_]+|[-_]+$/g, '');

/**
 * A new release's slug follows its name until the user types one; an existing release keeps its slug,
 * because the public release URL is built from it.
 */
export function ReleaseSlugInput({ validate }: { validate?: Validator[] }) {
  const record = useRecordContext();
  const name = useWatch({ name: 'name' }) as string | undefined;
  const { setValue } = useFormContext();
  const followsName = useRef(!record?.id);
  useEffect(() => {
    if (followsName.current && name !== undefined) setValue('slug', djangoSlugify(name), { shouldDirty: true });
  }, [name, setValue]);
  return (
    <TextInput
      source="slug"
      label="Slug"
      validate={validate}
      fullWidth
      helperText={record?.id ? 'Part of the public URL: /downloads/release/<slug>/.' : 'Filled in from the name; edit it if you need another.'}
      onChange={() => {
        followsName.current = false;
      }}
    />
  );
}
