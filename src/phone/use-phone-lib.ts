import { useCallback, useState } from 'react';
import { loadPhoneLib, type PhoneLib } from './validate';

/** libphonenumber-js once loaded (undefined before); `ensure` starts loading and resolves with it. */
export function usePhoneLib(): { lib: PhoneLib | undefined; ensure: () => Promise<PhoneLib> } {
  const [lib, setLib] = useState<PhoneLib>();
  const ensure = useCallback(async () => {
    const loaded = await loadPhoneLib();
    setLib(() => loaded);
    return loaded;
  }, []);
  return { lib, ensure };
}
