import type { MessageKey } from '../i18n/messages/zh-CN';
import { useT } from '../i18n/use-t';
import type { PasswordPolicy } from '../api/schemas';
import type { RuleId, RuleResult } from './policy';

const ruleLabels: Record<Exclude<RuleId, 'length' | 'complexity'>, MessageKey> = {
  notUsername: 'change.rule.notUsername',
  notOld: 'change.rule.notOld',
};

/** The new-password requirements, each ticked as the password is typed. */
export function PasswordRules({ id, results, policy }: { id: string; results: RuleResult[]; policy: PasswordPolicy | undefined }) {
  const t = useT();
  if (results.length === 0) return null;
  const label = (rule: RuleId): string => {
    if (rule === 'length') {
      const { minLength, maxLength } = policy ?? {};
      if (minLength !== undefined && maxLength !== undefined) return t('change.rule.length', { min: minLength, max: maxLength });
      return minLength !== undefined ? t('change.rule.minLength', { min: minLength }) : t('change.rule.maxLength', { max: maxLength ?? '' });
    }
    // The tenant's own tip says what its regEx demands (it is data: rendered as text, never markup).
    if (rule === 'complexity') return policy?.tip?.trim() || t('change.rule.complexity');
    return t(ruleLabels[rule]);
  };
  return (
    <div className="rules" id={id}>
      <p className="rules-title">{t('change.rules')}</p>
      <ul className="rules-list">
        {results.map((result) => (
          <li key={result.id} className={result.met ? 'rule is-met' : 'rule'} data-rule={result.id} data-met={result.met}>
            <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">
              {result.met ? (
                <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" />
              ) : (
                <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" strokeWidth="1.6" />
              )}
            </svg>
            <span>{label(result.id)}</span>
            <span className="visually-hidden">{result.met ? t('change.rule.met') : t('change.rule.unmet')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
