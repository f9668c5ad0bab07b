import type { Locator, Page } from '@playwright/test';
import { zhCN } from './messages';

export class PasswordChangePage {
  constructor(readonly page: Page) {}

  get old(): Locator {
    return this.page.getByLabel(zhCN['change.field.old'], { exact: true });
  }

  get new(): Locator {
    return this.page.getByLabel(zhCN['change.field.new'], { exact: true });
  }

  get confirm(): Locator {
    return this.page.getByLabel(zhCN['change.field.confirm'], { exact: true });
  }

  get submit(): Locator {
    return this.page.getByRole('button', { name: zhCN['change.submit'] });
  }

  get skip(): Locator {
    return this.page.getByRole('button', { name: zhCN['change.skip'] });
  }

  rule(id: 'length' | 'complexity' | 'notUsername' | 'notOld'): Locator {
    return this.page.locator(`#change-rules [data-rule="${id}"]`);
  }

  async change(oldPassword: string, newPassword: string, confirm = newPassword): Promise<void> {
    await this.old.fill(oldPassword);
    await this.new.fill(newPassword);
    await this.confirm.fill(confirm);
    await this.submit.click();
  }
}
