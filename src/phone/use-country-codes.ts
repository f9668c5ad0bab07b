import { useQuery } from '../api/server-state';
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

/**
 * The area codes now, waiting for them (and trying a failed load again) when a form is sent
 * before they arrived: a quick submit must not be told "area codes failed to load".
 */
export async function countryCodesNow(codes: ReturnType<typeof useCountryCodes>) {
  return codes.data ?? (await codes.refetch({ cancelRefetch: false })).data;
}
