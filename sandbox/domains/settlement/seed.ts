// Per-vendor settlement set-up: the demo seller is paid weekly (so WEEKLY and RESERVE rows show),
// the other vendor monthly. The payout account is masked like Coupang's (last 4 digits).
import type { SeedArgs } from '../../routes/registry';
import type { SettlementState } from './types';

const BANKS = ['국민은행', '신한은행', '우리은행', '하나은행', '농협은행', '기업은행'];
const HOLDERS = ['주식회사 해피토이', '(주)모닝문구', '리빙플러스', '주식회사 키즈랜드'];

export function seedSettlement({ vendor, rng }: SeedArgs): SettlementState {
  const account = `${rng.digits(6)}-${rng.digits(2)}-${rng.digits(2)}****`;
  return {
    vendorId: vendor.vendorId,
    cycle: vendor.role === 'demo' ? 'WEEKLY' : 'MONTHLY',
    bank: { name: rng.pick(BANKS), account, holder: rng.pick(HOLDERS) },
    seed: rng.int(0, 0xffffffff),
  };
}
