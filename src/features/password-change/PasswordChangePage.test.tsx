// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PATHS } from '../../app/paths';
import { IdaasError } from '../../api/errors';
import type { LoginOutcome } from '../../api/schemas';
import { tenantFailure } from '../../api/transport';
import { signInFlow, type PasswordStep } from '../../sign-in/flow';
import { deferred } from '../../test/deferred';
import { expectProblemAt, field, fill, problemAt, press, renderPage } from '../../test/render-page';
import PasswordChangePage from './PasswordChangePage';

type Update = (stateToken: string, input: { oldPassword: string; newPassword: string }) => Promise<LoginOutcome>;

const expiredStep: PasswordStep = { name: 'password-expired', stateToken: 'state-1', policy: { minLength: 8 }, identifier: 'alice' };

/** The change page as a PASSWORD_EXPIRED (or _WARN) login answer leaves it. */
async function changePage(updatePassword: Update, step: PasswordStep = expiredStep) {
  signInFlow.startPasswordStep(step);
  return renderPage(PATHS.changePassword, PasswordChangePage, { client: { updatePassword } });
}

describe('password change page', () => {
  it('without a password step: says sign-in comes first, and leads back to it', async () => {
    const { words } = await renderPage(PATHS.changePassword, PasswordChangePage);
    expect(screen.getByText(words['change.noFlow'])).toBeTruthy();
    expect(screen.getByRole('link', { name: words['common.backToLogin'] }).getAttribute('href')).toBe(PATHS.login);
    expect(screen.queryByLabelText(words['change.field.new'])).toBeNull();
  });

  it('PASSWORD_EXPIRED: the change form, titled as expired, without "skip"', async () => {
    const { words } = await changePage(vi.fn<Update>());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(words['change.expiredTitle']);
    expect(screen.getByText(words['change.expiredBody'])).toBeTruthy();
    for (const label of [words['change.field.old'], words['change.field.new'], words['change.field.confirm']]) expect(field(label)).toBeTruthy();
    expect(screen.queryByRole('button', { name: words['change.skip'] })).toBeNull();
  });

  it('sent empty: each field says what is missing, focus on the current password; then the rules and the confirmation', async () => {
    const updatePassword = vi.fn<Update>();
    const { words } = await changePage(updatePassword);
    press(words['change.submit']);
    await expectProblemAt(words['change.field.old'], words['change.error.oldRequired']);
    expect(problemAt(words['change.field.new'])).toBe(words['change.error.newRequired']);
    expect(problemAt(words['change.field.confirm'])).toBe(words['change.error.confirmRequired']);
    expect(document.activeElement).toBe(field(words['change.field.old']));

    fill(words['change.field.old'], 'Old-pass-1');
    expect(problemAt(words['change.field.old'])).toBeUndefined();
    // The policy's minimum length (8), and a new password may not be the user name.
    fill(words['change.field.new'], 'alice');
    fill(words['change.field.confirm'], 'alice');
    press(words['change.submit']);
    await expectProblemAt(words['change.field.new'], words['change.error.policy']);
    expect(document.activeElement).toBe(field(words['change.field.new']));

    fill(words['change.field.new'], 'New-pass-1');
    fill(words['change.field.confirm'], 'New-pass-2');
    press(words['change.submit']);
    await expectProblemAt(words['change.field.confirm'], words['change.error.mismatch']);
    expect(document.activeElement).toBe(field(words['change.field.confirm']));
    expect(updatePassword).not.toHaveBeenCalled();
  });

  it('sends one change with the step’s state token; an answer that does not sign in is told', async () => {
    const answer = deferred<LoginOutcome>();
    const updatePassword = vi.fn<Update>(() => answer.promise);
    const { words } = await changePage(updatePassword);
    fill(words['change.field.old'], 'Old-pass-1');
    fill(words['change.field.new'], 'New-pass-1');
    fill(words['change.field.confirm'], 'New-pass-1');
    press(words['change.submit']);
    press(words['change.submit']);
    await screen.findByRole('button', { name: words['change.submitting'] });
    press(words['change.submitting']);
    answer.resolve({ status: 'ACCESS_DENIED' });
    expect(await screen.findByText(words['signIn.accessDenied'])).toBeTruthy();
    expect(updatePassword).toHaveBeenCalledTimes(1);
    expect(updatePassword).toHaveBeenCalledWith('state-1', { oldPassword: 'Old-pass-1', newPassword: 'New-pass-1' });
  });

  it('refusals are told in the alert beside retry; a dead step offers the way back to sign-in', async () => {
    const updatePassword = vi
      .fn<Update>()
      .mockRejectedValueOnce(tenantFailure('IDAAS.SDK.COMMON.1006', 'The old_password parameter error'))
      .mockRejectedValueOnce(new IdaasError({ kind: 'network' }))
      .mockRejectedValueOnce(tenantFailure('IDAAS.SDK.COMMON.1005', 'The state_token has failed'));
    const page = await changePage(updatePassword);
    const { words, tenantWords } = page;
    fill(words['change.field.old'], 'Wrong-pass');
    fill(words['change.field.new'], 'New-pass-1');
    fill(words['change.field.confirm'], 'New-pass-1');
    press(words['change.submit']);
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toBe(tenantWords['COMMON.1006'].replace('{0}', tenantWords['param.old_password']));

    press(words['change.submit']);
    await screen.findByText(words['error.network']);
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: words['common.retry'] }));
    await screen.findByText(words['change.expiredFlow']);
    const back = screen.getByRole('button', { name: words['common.backToLogin'] });
    await waitFor(() => expect(document.activeElement).toBe(back));
    fireEvent.click(back);
    await waitFor(() => expect(page.path()).toBe(PATHS.login));
    expect(updatePassword).toHaveBeenCalledTimes(3);
  });
});
