import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import { useCodeText } from '../../i18n/one-click-codes/use-code-text';

/** A "prompt the user" failure (600007 no SIM, 600008 mobile data off): what to fix, and retry. */
export default function ProblemView({ code, onRetry }: { code: string; onRetry: () => void }) {
  const t = useT();
  const text = useCodeText(code);
  return (
    <Alert onRetry={onRetry} retryLabel={t('oneClick.retry')}>
      {text ?? code}
    </Alert>
  );
}
