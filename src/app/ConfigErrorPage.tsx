import { useT, type Translate } from '../i18n/use-t';
import { Page } from '../ui/Page';
import type { ConfigProblem, ConfigRule } from '../config/config';
import type { MessageKey } from '../i18n/messages/zh-CN';

const ruleMessages: Record<ConfigRule, MessageKey> = {
  aliyunWeb: 'config.rule.aliyunWeb',
  baseUrl: 'config.rule.baseUrl',
  cspReportUri: 'config.rule.cspReportUri',
  defaultEnabled: 'config.rule.defaultEnabled',
  nonEmpty: 'config.rule.nonEmpty',
  origin: 'config.rule.origin',
  sameOriginPath: 'config.rule.sameOriginPath',
  unique: 'config.rule.unique',
  url: 'config.rule.url',
};

function describe(problem: ConfigProblem, t: Translate): { key?: string; text: string } {
  switch (problem.kind) {
    case 'fetch':
      return { text: t('config.fetchFailed', { path: problem.path, reason: problem.reason }) };
    case 'json':
      return { text: t('config.notJson', { path: problem.path }) };
    case 'unknown-key':
      return { key: problem.key, text: t('config.unknownKey') };
    case 'expected':
      return { key: problem.key, text: t('config.expected', { expected: problem.expected, received: problem.received }) };
    case 'rule':
      return { key: problem.key, text: t(ruleMessages[problem.rule]) };
    case 'invalid':
      return { key: problem.key, text: t('config.invalidValue', { message: problem.message }) };
  }
}

/** For the operator: which key of config.json is wrong and why, instead of a blank page. */
export function ConfigErrorPage({ problems }: { problems: ConfigProblem[] }) {
  const t = useT();
  return (
    <Page title={t('config.title')}>
      <div className="stack">
        <p>{t('config.body')}</p>
        <ul className="config-problems">
          {problems.map((problem, index) => {
            const { key, text } = describe(problem, t);
            return (
              <li key={index}>
                {key && <code className="config-key">{key}</code>} {text}
              </li>
            );
          })}
        </ul>
      </div>
    </Page>
  );
}
