import { useEffect, useState } from 'react';
import { useQuery } from '../api/server-state';
import { useIdaasClient } from '../api/react';
import { whenIdle } from '../platform/when-idle';

/**
 * The tenant's area codes: fetched once per page load and shared by every phone field. The
 * request waits until the page is drawn and idle: a form is usable before the codes arrive (the
 * picker shows "+…" until then, and a submit waits for them, see countryCodesNow), and its
 * first visit does not wait for the IDaaS client's code.
 */
export function useCountryCodes() {
  const client = useIdaasClient();
  const [pageIdle, setPageIdle] = useState(false);
  useEffect(() => whenIdle(() => setPageIdle(true)), []);
  return useQuery({
    queryKey: ['country-codes'],
    queryFn: ({ signal }) => client.getCountryCodes({ signal }),
    enabled: pageIdle,
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
