import type { ComponentType } from 'react';
import type { RecordToStringFunction } from 'react-admin';
import { GenericCreate } from '../generic/GenericCreate';
import { GenericEdit } from '../generic/GenericEdit';
import { GenericList } from '../generic/GenericList';
import { GenericShow } from '../generic/GenericShow';

/** Screens derived from the server's declaration, for tables that need nothing more. */
export function generic(recordRepresentation: string | RecordToStringFunction, icon?: ComponentType) {
  return { list: GenericList, edit: GenericEdit, create: GenericCreate, show: GenericShow, recordRepresentation, icon };
}
