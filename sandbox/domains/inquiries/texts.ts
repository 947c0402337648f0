// What customers ask and sellers answer, in the register of real Coupang Q&A (the v5 sample in
// tables/response-examples-real.json: short, informal, sometimes with \r\n line breaks and
// spacing slips). `{option}` and `{name}` are filled with the product's option and display name.

/** Questions before buying (no related order). */
export const PRE_PURCHASE_QUESTIONS: readonly string[] = [
  '{option} 재고 있나요? 오늘 주문하면 언제 받을 수 있을까요?',
  '아이가 6살인데 가지고 놀아도 괜찮을까요?',
  '사이즈가 정확히 어떻게 되나요? 가로 세로 길이 알려주세요',
  '세트 구성이 어떻게 되는지 궁금합니다',
  '30개 정도 대량으로 구매하려고 하는데 할인 가능한가요?',
  'KC인증 받은 제품인가요?',
  '선물용 포장 가능할까요?',
  '색상 랜덤인가요 아니면 선택 가능한가요?',
  '제주도도 배송되나요? 추가 배송비 있나요?',
  '품절이던데 재입고 언제 되나요',
  '{option}이랑 다른 옵션이랑 차이가 뭔가요?',
  '어린이집 단체선물로 20개 주문하려는데 한 박스로 보내주실수 있나요?\r\n가능하면 오늘 주문할게요',
  '세척 가능한가요? 물에 닿아도 되나요',
  '유통기한이나 사용기한 있는 제품인가요?',
];

/** Questions after buying (with the order's ID). */
export const POST_PURCHASE_QUESTIONS: readonly string[] = [
  '주문했는데 언제 출고되나요?',
  '배송언제되나요?',
  '배송이 너무 늦어요. 언제 도착하나요?',
  '{option}으로 주문했는데 다른 색이 왔어요. 교환 가능한가요?',
  '받아보니 한 개가 깨져 있어요.\r\n사진 보내드릴 수 있어요. 어떻게 하면 될까요?',
  '주소를 잘못 적었어요 배송지 변경 가능할까요?',
  '2개 주문했는데 1개만 왔어요',
  '배송완료라고 뜨는데 물건을 못 받았어요',
  '사용 방법을 모르겠어요. 설명서가 안 들어있네요',
  '부모님 선물로 보내는 건데 가격표 빼고 보내주실 수 있나요?',
  '반품하려면 어떻게 해야 하나요?',
  '주문 취소했는데 환불 언제 되나요',
  '포장이 뜯겨서 왔어요\r\n새 제품 맞나요?',
  '{name} 건전지 포함인가요? 안 들어있어서요',
];

/** What the simulated seller of the seeded past answered (product Q&A). */
export const SELLER_ANSWERS: readonly string[] = [
  '안녕하세요, 고객님. 문의 주셔서 감사합니다.\n해당 상품은 현재 재고가 있어 오후 3시 이전 주문 시 당일 출고됩니다.\n감사합니다.',
  '안녕하세요. 주문하신 상품은 오늘 출고 예정이며 출고 후 1~2일 내 받아보실 수 있습니다.',
  '고객님 불편을 드려 죄송합니다.\n교환 접수해 주시면 회수 후 바로 새 상품으로 보내드리겠습니다.',
  '안녕하세요. 색상은 랜덤으로 발송되며 선택은 어려운 점 양해 부탁드립니다.',
  '확인했습니다. 요청하신 내용 반영하여 발송하겠습니다. 감사합니다.',
  '안녕하세요 고객님, KC인증 완료된 제품입니다. 안심하고 사용하셔도 됩니다.',
  '제주 및 도서산간 지역은 추가 배송비가 발생합니다. 양해 부탁드립니다.',
  '배송 조회 결과 배송완료로 확인됩니다. 경비실이나 문 앞을 한 번 더 확인 부탁드립니다.\n그래도 없으시면 다시 문의 주세요.',
];

export interface CallCenterTopic {
  receiptCategory: string;
  /** The counselling note (content): what the customer told the contact center. */
  content: string;
  /** What the counsellor's transfer post asks or reports. */
  transfer: string;
}

/** Contact-center topics; receiptCategory follows the documented `기타문의>기타>전상담사통화요청` pattern. */
export const CALL_CENTER_TOPICS: readonly CallCenterTopic[] = [
  { receiptCategory: '배송문의>배송지연>배송일정문의', content: '고객님이 주문 상품 출고 일정 문의하심. 출고 예정일 안내 요청', transfer: '고객님께서 {name} 출고 일정을 문의하셨습니다. 출고 예정일 안내 부탁드립니다.' },
  { receiptCategory: '배송문의>오배송>옵션오배송', content: '주문 옵션({option})과 다른 상품 수령하셨다고 하심', transfer: '고객님께서 주문하신 옵션({option})과 다른 상품을 받으셨다고 합니다. 확인 후 처리 방법 안내 부탁드립니다.' },
  { receiptCategory: '취소/반품/교환>교환>교환접수문의', content: '상품 파손으로 교환 원하심. 사진 보유', transfer: '상품 파손으로 교환을 원하십니다. 교환 가능 여부와 회수 일정 안내 부탁드립니다.' },
  { receiptCategory: '취소/반품/교환>반품>반품비용문의', content: '단순변심 반품 시 반품비 문의', transfer: '단순변심 반품 시 반품 배송비 금액 문의입니다. 안내 부탁드립니다.' },
  { receiptCategory: '상품문의>상품정보>구성품문의', content: '구성품 누락 문의 (설명서/부속품)', transfer: '{name} 구성품 일부가 누락되었다고 하십니다. 누락분 발송 가능 여부 답변 부탁드립니다.' },
  { receiptCategory: '배송문의>배송완료미수령>미수령문의', content: '배송완료로 조회되나 미수령', transfer: '배송완료로 조회되나 고객님께서 상품을 받지 못하셨다고 합니다. 택배사 확인 후 답변 부탁드립니다.' },
  { receiptCategory: '기타문의>기타>전상담사통화요청', content: '상담이력', transfer: '고객님께서 판매자와 통화를 원하십니다. 고객님께 연락 부탁드립니다.' },
];

/** Transfer post for TRANSFER (미확인): counselling is finished, the seller only reads it. */
export const CONFIRM_TRANSFER_SUFFIX = ' 상담사가 고객님께 안내 완료한 건으로, 내용 확인 부탁드립니다.';

/** Answers the simulated seller of the seeded past gave to contact-center transfers. */
export const SELLER_CALL_CENTER_ANSWERS: readonly string[] = [
  '안녕하세요. 판매자입니다. 고객님께 직접 연락드려 안내 완료했습니다.',
  '확인 결과 금일 출고 예정입니다. 고객님께 안내 부탁드립니다.',
  '교환 접수 완료했습니다. 회수 후 새 상품 바로 발송하겠습니다.',
  '누락된 구성품은 오늘 별도 발송하겠습니다. 불편을 드려 죄송합니다.',
];

/** Masked counsellor names (the docs' example shows receptionistName + an 8-digit receptionist). */
export const COUNSELLORS: readonly string[] = ['김*희', '이*준', '박*영', '최*진', '정*아', '강*우'];

/** rules-orders.md 92 / cs.replyCallCenterInquiry: the message Coupang posts after 24 h unanswered. */
export const AUTO_ANSWER_TEXT = '[쿠팡 시스템] CS문의가 24시간 내 답변되지 않아, 쿠팡 약관 및 정책에 따라 상담사가 처리할 예정임을 알려드립니다.';

/** [sbx] a counsellor's note when closing a transfer (이관취소); the docs give no wording. */
export const AGENT_CLOSE_TEXT = '[판매자이관 종료] 상담사가 고객님과 통화하여 처리 완료하였습니다.';

export function fill(template: string, product: { itemName: string; displayName: string }): string {
  return template.replace(/\{option\}/g, product.itemName).replace(/\{name\}/g, product.displayName);
}
