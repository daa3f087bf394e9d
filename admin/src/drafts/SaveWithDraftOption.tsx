import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { Button, ButtonGroup, ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { SaveButton, useResourceContext } from 'react-admin';
import { useFormState } from 'react-hook-form';
import { versionedResource } from '../common/versions/versioned';
import { useSubmitDraft } from './useSaveDraft';

/**
 * Save (the live record, as always) with "Save draft" in the menu beside it, as a split button:
 * the menu's toggle is named apart from "Save", so "Save" stays the one button of that name.
 */
export function SaveWithDraftOption() {
  const noun = versionedResource(useResourceContext())?.noun ?? 'record';
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { isDirty, isSubmitting } = useFormState();
  const submitDraft = useSubmitDraft();
  const close = () => setAnchor(null);
  return (
    <ButtonGroup variant="contained" aria-label="Save or keep as a draft">
      <SaveButton />
      <Button
        size="small"
        aria-label="Draft options"
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        disabled={!isDirty || isSubmitting}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <ArrowDropDownIcon />
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={close}>
        <MenuItem
          onClick={() => {
            close();
            void submitDraft();
          }}
        >
          <ListItemText primary="Save draft" secondary={`The live ${noun} stays as it is until the draft is published.`} />
        </MenuItem>
      </Menu>
    </ButtonGroup>
  );
}
