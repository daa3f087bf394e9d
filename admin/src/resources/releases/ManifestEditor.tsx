import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, Checkbox, FormControlLabel, FormHelperText, Stack, TextField, Typography } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { formatFileSize } from '../release-files/fileSize';
import { LargeManifest } from './LargeManifest';

const PLACEHOLDER = `name,slug,os,url,filesize,sha256_sum,download_button,gpg_signature_file
Windows installer (64-bit),python-3150-amd64-exe,windows,https://www.python.org/ftp/python/3.15.0/python-3.15.0-amd64.exe,28000000,<sha256>,true,https://www.python.org/ftp/python/3.15.0/python-3.15.0-amd64.exe.asc`;

/** Beyond this a text box lays out megabytes on every keystroke: big manifests are edited elsewhere and uploaded. */
const EDITABLE = 256 * 1024;

interface ManifestEditorProps {
  text: string;
  onText: (text: string) => void;
  replace: boolean;
  onReplace: (replace: boolean) => void;
  disabled: boolean;
  rowCount: number;
}

/** The manifest: pasted, or read from a .csv/.json file in the browser (nothing is uploaded until "Check"). */
export function ManifestEditor({ text, onText, replace, onReplace, disabled, rowCount }: ManifestEditorProps) {
  const [fileName, setFileName] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // The same file may be picked again after fixing it on disk.
    event.target.value = '';
    if (!file) return;
    try {
      onText(await file.text());
      setFileName(`${file.name} (${formatFileSize(file.size)})`);
      setReadError(null);
    } catch (error) {
      setReadError(`${file.name} could not be read: ${(error as Error).message}`);
    }
  };
  const rows = `${rowCount.toLocaleString('en')} ${rowCount === 1 ? 'row' : 'rows'}`;
  return (
    <Box component="section" aria-label="Manifest" sx={{ mb: 2 }}>
      {text.length > EDITABLE ? (
        <LargeManifest
          description={`${fileName ?? `A pasted manifest (${formatFileSize(text.length)})`}: ${rows}.`}
          disabled={disabled}
          onClear={() => onText('')}
        />
      ) : (
        <TextField
          label="Manifest"
          name="manifest"
          value={text}
          onChange={(event) => {
            onText(event.target.value);
            setFileName(null);
          }}
          disabled={disabled}
          multiline
          rows={10}
          fullWidth
          placeholder={PLACEHOLDER}
          helperText={
            rowCount
              ? `${rows}${fileName ? ` from ${fileName}` : ''}. Files are matched to this release's files by URL; “os” may be an operating system's slug.`
              : 'CSV with a header row, or a JSON array of files; the columns are the release file fields (name, slug, os, url, filesize, sha256_sum, …).'
          }
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: '0.8125rem' } } }}
        />
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ alignItems: { sm: 'center' }, gap: 2, mt: 1 }}>
        <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={disabled}>
          Upload a .csv or .json file
          <input type="file" hidden accept=".csv,.json,text/csv,application/json" onChange={pick} aria-label="Manifest file" />
        </Button>
        <Box>
          <FormControlLabel
            control={<Checkbox checked={replace} onChange={(event) => onReplace(event.target.checked)} disabled={disabled} />}
            label="Replace: delete this release's files that are not in the manifest"
          />
          {replace && (
            <Typography variant="caption" color="warning.main" sx={{ display: 'block', ml: 4 }}>
              The check lists the files that would be deleted; nothing is deleted before you apply.
            </Typography>
          )}
        </Box>
      </Stack>
      {readError && <FormHelperText error>{readError}</FormHelperText>}
    </Box>
  );
}
