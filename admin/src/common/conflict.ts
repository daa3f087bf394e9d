import { createContext, useContext } from 'react';

/** A stale-row_version refusal the edit screen received, for the dialog inside its form. */
export interface Conflict {
  message: string | null;
  clear: () => void;
}

export const ConflictContext = createContext<Conflict>({ message: null, clear: () => {} });
export const useConflict = () => useContext(ConflictContext);
