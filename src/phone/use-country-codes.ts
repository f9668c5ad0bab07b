import { useQuery } from '@tanstack/react-query';
import { useIdaasClient } from '../api/react';

/** The tenant's area codes: fetched once per page load and shared by every phone field. */
export function useCountryCodes() {
  const client = useIdaasClient();
  return useQuery({
    queryKey: ['country-codes'],
    queryFn: ({ signal }) => client.getCountryCodes({ signal }),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
