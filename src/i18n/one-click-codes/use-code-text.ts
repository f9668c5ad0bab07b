import { useEffect, useState } from 'react';
import type { Locale } from '../locales';
import { useLocale } from '../use-t';
import type { OneClickCarrier as Carrier } from './codes';

type Catalog = Awaited<ReturnType<typeof import('./load').loadOneClickCatalog>>;
type Describe = typeof import('./load').describeOneClickCode;

/**
 * The human text of an Aliyun / carrier code in the current language; the catalog is fetched (per
 * language) only when a code has to be explained. Undefined until it arrives.
 */
export function useCodeText(code: string | undefined, carrier?: Carrier, detail?: string): string | undefined {
  const locale = useLocale();
  const [loaded, setLoaded] = useState<{ locale: Locale; catalog: Catalog; describe: Describe }>();
  useEffect(() => {
    if (code === undefined) return;
    let current = true;
    import('./load')
      .then(async ({ loadOneClickCatalog, describeOneClickCode }) => {
        const catalog = await loadOneClickCatalog(locale);
        if (current) setLoaded({ locale, catalog, describe: describeOneClickCode });
      })
      // Offline: the code itself stays on screen (the callers show it until a text arrives).
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [code, locale]);
  if (code === undefined || !loaded || loaded.locale !== locale) return undefined;
  return loaded.describe(loaded.catalog, code, carrier, detail).text;
}
