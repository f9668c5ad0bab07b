import { SEED_OLD_PASSWORD, SEED_PASSWORD } from '../../emulator/users.ts';

/** The emulator's seeded users (README, "Seeded users"). */
export const PASSWORD = SEED_PASSWORD;
export const PREVIOUS_PASSWORD = SEED_OLD_PASSWORD;

export const users = {
  plain: { userName: 'zhangsan', name: '张三', national: '13800000000', email: 'zhangsan@example.com' },
  expiring: { userName: 'lisi', name: '李四', email: 'lisi@example.com' },
  expired: { userName: 'wangwu', name: '王五' },
  locked: { userName: 'zhaoliu' },
  phoneOnly: { userName: 'chan_hk', name: 'Chan Tai Man', national: '51234567', countryCode: 'HK' },
  emailOnly: { userName: 'zhouba', name: '周八', email: 'zhouba@example.com' },
} as const;
