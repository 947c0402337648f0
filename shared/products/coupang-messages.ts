// Coupang's product error texts → which rule they come from and what to do, in Korean. Used by the
// service (submit results, bulk results) and the CLI, so the seller reads the fix, not just the text.
import { issue, type ProductIssue } from './issues';

interface Known {
  pattern: RegExp;
  rule: number;
  field: string;
  fixKo: string;
}

const KNOWN: Known[] = [
  { pattern: /Object text must begin with '\{'/, rule: 7, field: 'vendorItemId', fixKo: '옵션ID(vendorItemId)가 잘못되었습니다. 상품 조회로 옵션ID를 다시 확인하세요.' },
  { pattern: /승인요청 (가능한 )?상태가 아닙니다|승인요청 상태가 아닙니다/, rule: 15, field: 'status', fixKo: '승인요청은 임시저장 상태에서만 됩니다. 상품 상태를 확인하세요.' },
  { pattern: /vendorItem로 생성된 아이템은 삭제가 불가능/, rule: 25, field: 'items', fixKo: '한 번이라도 승인된 옵션은 삭제할 수 없습니다. 빼지 말고 판매중지하세요.' },
  { pattern: /판매중인 상품은 삭제할 수 없습니다/, rule: 26, field: 'items', fixKo: '기존 아이템의 sellerProductItemId·vendorItemId를 빠뜨렸습니다. 상품 조회 결과를 그대로 두고 고치세요.' },
  { pattern: /필수 옵션이\(.*\) 입력되지 않았습니다/, rule: 27, field: 'items[*].attributes', fixKo: '조회 결과의 모든 속성(빈 값 포함)을 exposed/editable과 함께 그대로 다시 보내세요.' },
  { pattern: /중복된 아이템 이름이 존재합니다/, rule: 28, field: 'items[*].itemName', fixKo: '아이템명을 서로 다르게 하고, 조회 결과의 속성을 빠뜨리지 마세요.' },
  { pattern: /삭제가 불가능한 상태입니다/, rule: 35, field: 'status', fixKo: '승인대기중이 아니고 모든 옵션이 판매중지여야 삭제할 수 있습니다.' },
  { pattern: /최대 50% 인하\/최대 100%인상/, rule: 38, field: 'price', fixKo: "변경 전 가격의 50%~200% 안에서 바꾸거나 '제한 없이 변경'(forceSalePriceUpdate)을 켜세요." },
  { pattern: /최대 허용 범위는 10분/, rule: 41, field: 'createdAtTo', fixKo: '조회 구간을 10분 이내로 줄이세요.' },
  { pattern: /'노출상품명' 최대 길이/, rule: 47, field: 'displayProductName', fixKo: '노출상품명을 100자 이내로 줄이세요.' },
  { pattern: /같은 옵션 및 옵션값을 가지고 있는 아이템이 중복/, rule: 54, field: 'items[*].attributes', fixKo: '아이템마다 구매옵션 값 조합이 달라야 하고 아이템명도 겹치면 안 됩니다.' },
  { pattern: /입력값에 오류가 있습니다\. ?line: ?1\b/, rule: 66, field: '(body)', fixKo: 'JSON이 한 줄로 보내져 위치를 알 수 없습니다. 줄을 나눈 JSON으로 다시 보내 오류 줄을 찾으세요 (강제 줄바꿈이 든 상세설명도 원인입니다).' },
  { pattern: /입력값에 오류가 있습니다/, rule: 66, field: '(body)', fixKo: '표시된 줄의 JSON 값(형식·자료형)을 확인하세요. 상세설명 안의 강제 줄바꿈도 이 오류를 냅니다.' },
  { pattern: /NullPointerException/, rule: 67, field: '(body)', fixKo: 'JSON 항목 이름에 오타가 있습니다. 항목 이름을 문서와 대조하세요.' },
  { pattern: /필수 구매 옵션 \(미입력 시 등록\/노출 제한\)/, rule: 85, field: 'items[*].attributes', fixKo: '카테고리의 필수 구매옵션을 모든 아이템에 입력하세요.' },
  { pattern: /카테고리의 필수 속성이 존재하지 않습니다/, rule: 79, field: 'items[*].attributes', fixKo: '카테고리 메타에서 MANDATORY인 속성을 모두 입력하세요.' },
  { pattern: /상품필수 고지정보|고지정보 갯수/, rule: 88, field: 'items[*].notices', fixKo: '메타의 고시정보 중 하나를 골라 그 항목을 이름 그대로 모두 보내세요.' },
  { pattern: /배송비 종류가 무료 배송이면/, rule: 101, field: 'deliveryCharge', fixKo: '무료배송이면 기본배송비와 조건부무료 금액을 0으로 하세요.' },
  { pattern: /배송비 종류가 유료 배송이면/, rule: 102, field: 'freeShipOverAmount', fixKo: '유료배송이면 무료배송 조건 금액(과 초도반품배송비)을 0으로 하세요.' },
  { pattern: /이상 무료배송이면 조건부무료가/, rule: 104, field: 'deliveryChargeType', fixKo: '예전 배송비 종류 대신 조건부 무료배송(CONDITIONAL_FREE)을 쓰세요.' },
  { pattern: /반품배송비는 초도반품비의 100%~150%/, rule: 106, field: 'returnCharge', fixKo: '반품배송비를 초도반품배송비의 100~150% 안으로 맞추세요.' },
  { pattern: /\[택배사 코드\]를 확인해 주세요/, rule: 110, field: 'deliveryCompanyCode', fixKo: '도서산간 배송이면 출고지에 도서산간 배송비가 등록된 택배사를 고르세요 (또는 도서산간 배송 N).' },
  { pattern: /올바른 반품지 센터코드/, rule: 129, field: 'returnCenterCode', fixKo: '반품지 조회로 받은 반품지 코드를 쓰세요.' },
  { pattern: /필수 구비서류를 모두 등록/, rule: 92, field: 'requiredDocuments', fixKo: '메타가 요구하는 구비서류(병행수입·구매대행이면 해당 서류)를 첨부하세요.' },
  { pattern: /계약확인에 실패/, rule: 139, field: 'returnCenterCode', fixKo: '택배사 계약을 확인하지 못한 반품지는 자동회수가 안 됩니다. NO_RETURN_CENTERCODE로 등록할 수도 있습니다.' },
  { pattern: /이미 등록된 정보가 존재합니다/, rule: 141, field: 'shippingPlaceName', fixKo: '같은 이름·주소의 반품지가 이미 있습니다. 기존 것을 쓰거나 상세주소를 다르게 하세요.' },
];

/** The rule and fix behind one of Coupang's messages, or null when wingdesk does not know it. */
export function explainCoupangMessage(message: string | null | undefined): { ruleId: string; field: string; fixKo: string } | null {
  if (!message) return null;
  const k = KNOWN.find((x) => x.pattern.test(message));
  return k ? { ruleId: `R${k.rule}`, field: k.field, fixKo: k.fixKo } : null;
}

/** A Coupang refusal as an issue (the message verbatim, then the fix). */
export function issueFromCoupangMessage(message: string): ProductIssue {
  const k = KNOWN.find((x) => x.pattern.test(message));
  if (!k) return issue('(coupang)', 'COUPANG', `쿠팡 응답: ${message}`);
  return issue(k.field, k.rule, `쿠팡 응답 "${message}" — ${k.fixKo}`);
}

/**
 * rule 86: a create answer may list items that will fail or be exposure-restricted even with
 * code=SUCCESS (errorItems[{itemIndex, itemName, attributes[{attributeTypename, attributeValuename, message}]}]).
 */
export function issuesFromErrorItems(errorItems: unknown): ProductIssue[] {
  if (!Array.isArray(errorItems)) return [];
  const out: ProductIssue[] = [];
  for (const e of errorItems) {
    if (!e || typeof e !== 'object') continue;
    const item = e as Record<string, unknown>;
    const index = Number(item.itemIndex);
    const attrs = Array.isArray(item.attributes) ? (item.attributes as Record<string, unknown>[]) : [];
    const prefix = Number.isInteger(index) ? `items[${index}]` : 'items[*]';
    if (attrs.length === 0) out.push(issue(`${prefix}.attributes`, 86, `쿠팡이 이 아이템(${String(item.itemName ?? '')})을 노출제한 대상으로 알렸습니다.`, 'warning'));
    for (const a of attrs) {
      const name = String(a.attributeTypename ?? a.attributeTypeName ?? '');
      out.push(issue(`${prefix}.attributes.${name}`, 86, `쿠팡 경고: '${String(a.attributeValuename ?? a.attributeValueName ?? '')}' — ${String(a.message ?? '')}. 고치지 않으면 노출이 제한될 수 있습니다.`, 'warning'));
    }
  }
  return out;
}
