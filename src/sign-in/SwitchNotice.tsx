import { useI18n } from '../i18n/store';
import { Alert } from '../ui/Alert';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useSignInFlow } from './flow';
import { useCodeText } from '../i18n/one-click-codes/use-code-text';

/** On the page the user was moved to: why one-click did not work (and that they can sign in here). */
export default function SwitchNotice() {
  const reason = useSignInFlow((s) => s.switchReason);
  const messages = useI18n((s) => s.messages);
  const codeText = useCodeText(reason?.kind === 'code' ? reason.code : undefined, reason?.kind === 'code' ? reason.carrier : undefined, reason?.kind === 'code' ? reason.detail : undefined);
  if (!reason) return null;
  if (reason.kind === 'tenant') return <ErrorAlert error={reason.error} />;
  const text = reason.kind === 'message' ? messages[reason.key] : codeText;
  return text === undefined ? null : (
    <Alert tone="info">
      <span data-testid="switch-notice">{text}</span>
    </Alert>
  );
}
