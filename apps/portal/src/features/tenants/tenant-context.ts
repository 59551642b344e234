import { createContext, useContext } from 'react';
import type { TenantFieldsFragment } from '../../graphql/graphql.generated';

export const TenantContext = createContext<TenantFieldsFragment | undefined>(undefined);

/** The tenant of the current `/{slug}` URL, loaded by TenantLayout. */
export function useTenant(): TenantFieldsFragment {
  const tenant = useContext(TenantContext);
  if (!tenant) throw new Error('useTenant() outside a /:slug route');
  return tenant;
}
