import type { ErrorMeaning } from '../api/error-meanings';
import type { IdaasError } from '../api/errors';

/**
 * Where a tenant's refusal is told: at `field`, in words of ours when `problem` names them, else in
 * the tenant's own words (translated, i18n/error-text.ts).
 */
export type ErrorTarget<C extends ProblemCodes> = { [F in keyof C & string]: { field: F; problem?: C[F] } }[keyof C & string];

/** A form's fields and, for each, the problem codes its validators speak of. */
export type ProblemCodes = Record<string, string>;

/**
 * A page's routes for one call: which meanings (api/error-meanings.ts) go to which field. A function
 * decides from the error itself (the field a value refusal names); undefined = the alert.
 */
export type ErrorRoutes<C extends ProblemCodes> = Partial<Record<ErrorMeaning, ErrorTarget<C> | ((error: IdaasError) => ErrorTarget<C> | undefined)>>;

/** The field an error is told at, or undefined when it belongs in the page's alert. */
export function routeError<C extends ProblemCodes>(error: IdaasError, routes: ErrorRoutes<C>): ErrorTarget<C> | undefined {
  if (error.meaning === undefined) return undefined;
  const route = routes[error.meaning];
  return typeof route === 'function' ? route(error) : route;
}
