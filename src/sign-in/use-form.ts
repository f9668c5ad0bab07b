import { useRef, useState, type FormEvent } from 'react';
import type { IdaasError } from '../api/errors';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/store';
import { routeError, type ErrorRoutes, type ProblemCodes } from './route-error';

/** Values a problem's words need besides the field (a maximum length). */
export type ProblemValues = Readonly<Record<string, string | number>>;

/** What is wrong with a field: a problem code of the page's validators, or the tenant's refusal. */
type FieldProblem<P extends string> = { code: P; params?: ProblemValues } | { error: IdaasError };

export type Problems<C extends ProblemCodes> = { [F in keyof C]?: FieldProblem<C[F]> };

/** A validator's findings: per field, a problem code (or a code with the values its words need), or nothing. */
type Findings<C extends ProblemCodes> = { [F in keyof C]?: C[F] | { code: C[F]; params?: ProblemValues } | undefined };

interface FormSpec<V, C extends ProblemCodes> {
  initial: V | (() => V);
  /** The fields in the order the user meets them: the first with a problem takes the focus. */
  order: readonly (keyof C & string)[];
  /** The element that takes the focus for a field's problem. */
  domId: (field: keyof C & string) => string;
}

/**
 * The form model every form page uses (docs/architecture.md, "One form model"): values, the problem
 * at each field (found by the page's validators before sending, or routed from the tenant's answer
 * by `routeError`), focus on the first problem, and a submit that runs once at a time. Words are
 * chosen at render (`problemText`), so a language switch rewords every problem on screen.
 */
export function useForm<V extends object, C extends ProblemCodes>(spec: FormSpec<V, C>) {
  type Field = keyof C & string;
  const [values, setValues] = useState<V>(spec.initial);
  const [problems, setProblems] = useState<Problems<C>>({});
  const validating = useRef(false);
  const { messages, errors, locale } = useI18n();

  const focus = (field: Field) => document.getElementById(spec.domId(field))?.focus();
  const clearProblem = (field: string) => setProblems((p) => (p[field] ? { ...p, [field]: undefined } : p));

  /** A new value; the problem shown at that field goes (unless `keepProblem`: a reformat, not an edit). */
  const setValue = <K extends keyof V>(field: K, value: V[K], options: { keepProblem?: boolean } = {}) =>
    updateValue(field, () => value, options);
  /** A new value worked out from the latest one: edits that arrive before a render (a first screen's carried-over input) all count. */
  const updateValue = <K extends keyof V>(field: K, update: (previous: V[K]) => V[K], options: { keepProblem?: boolean } = {}) => {
    setValues((v) => ({ ...v, [field]: update(v[field]) }));
    if (!options.keepProblem) clearProblem(String(field));
  };

  /** The validators' findings shown, focus on the first; true when there were none. */
  const check = (findings: Findings<C>): boolean => {
    const found: Problems<C> = {};
    for (const field of spec.order) {
      const finding = findings[field];
      if (finding !== undefined) found[field] = (typeof finding === 'object' ? finding : { code: finding }) as FieldProblem<C[Field]>;
    }
    setProblems(found);
    const first = spec.order.find((field) => found[field]);
    if (first !== undefined) focus(first);
    return first === undefined;
  };

  /** A tenant's refusal told at the field its route names (focus moves there): true; false when the alert tells it. */
  const tellAtField = (error: IdaasError, routes: ErrorRoutes<C>): boolean => {
    const target = routeError(error, routes);
    if (!target) return false;
    const problem: FieldProblem<C[Field]> = target.problem === undefined ? { error } : { code: target.problem };
    setProblems((p) => ({ ...p, [target.field]: problem }));
    focus(target.field);
    return true;
  };

  /** The error for the page's alert: the call's failure unless a route tells it at a field. */
  const alertError = (error: IdaasError | undefined, routes: ErrorRoutes<C>): IdaasError | undefined =>
    error && routeError(error, routes) === undefined ? error : undefined;

  /**
   * The form's submit handler: `run` validates (it may await code and tenant data) and sends; a
   * second submit while one is being validated is ignored (the tenant call itself is once-only,
   * api/use-tenant-action.ts).
   */
  const onSubmit = (run: () => Promise<void> | void) => async (event?: FormEvent) => {
    event?.preventDefault();
    if (validating.current) return;
    validating.current = true;
    try {
      await run();
    } finally {
      validating.current = false;
    }
  };

  /** The problem at `field` in words: the page's for its codes, the error catalog's for the tenant's refusals. */
  const problemText = <F extends Field>(field: F, words: (code: C[F], params?: ProblemValues) => string): string | undefined => {
    const problem = problems[field];
    if (!problem) return undefined;
    return 'error' in problem ? errorText(problem.error, messages, errors, locale) : words(problem.code, problem.params);
  };

  return { values, setValue, updateValue, problems, setProblems, clearProblem, check, tellAtField, alertError, onSubmit, problemText };
}
