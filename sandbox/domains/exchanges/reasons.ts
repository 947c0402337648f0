// Why customers ask for an exchange. Codes and texts are from tables/voc-reasons.json (the 2019
// VOC subset the exchange list documents); DIFFERENTOPT with faultType VENDOR is the documented
// example. Exchanges are same item, same size only (rules-orders.md 84), so only reasons about a
// faulty or wrong unit are drawn. The customers' free texts are the sandbox's own.
import type { ExchangeReason } from './types';

export const EXCHANGE_REASONS: ReadonlyArray<{ weight: number; reason: Omit<ExchangeReason, 'detail'>; details: readonly string[] }> = [
  { weight: 0.3, reason: { code: 'DEFECT', codeText: '상품 결함/기능에 이상이 있음', faultType: 'VENDOR' }, details: ['작동이 안 돼요. 새 걸로 바꿔주세요', '불량입니다'] },
  { weight: 0.25, reason: { code: 'DAMAGED', codeText: '상품이 파손되어 배송됨', faultType: 'VENDOR' }, details: ['깨져서 왔어요', '찌그러져 있어요'] },
  { weight: 0.2, reason: { code: 'DIFFERENTOPT', codeText: '색상/ 사이즈가 기대와 다름', faultType: 'VENDOR' }, details: ['주문한 색이 아니에요'] },
  { weight: 0.15, reason: { code: 'COMPOMISS', codeText: '상품의 구성품, 부속품이 제대로 들어있지 않음', faultType: 'VENDOR' }, details: ['구성품이 빠져 있어요'] },
  { weight: 0.1, reason: { code: 'SHIPBOXOK', codeText: '포장은 괜찮으나 상품이 파손됨', faultType: 'VENDOR' }, details: ['상자는 멀쩡한데 상품이 깨졌어요'] },
];

/** What customers write when they withdraw (cancelReason); the docs give no examples. */
export const EXCHANGE_WITHDRAW_REASONS: readonly string[] = ['고객 철회: 단순 변심', '고객 철회: 반품으로 변경', '고객 철회: 그냥 사용할게요'];
