// Texts of the product APIs. Sources:
//  [doc]  endpoints/products.json `errors`/`responseExample` or an FAQ quoted in rules-products.md
//         (Coupang's wording, kept byte for byte)
//  [pat]  a documented sentence pattern applied to a sibling case the docs leave out (e.g. the
//         item APIs' '...에 실패했습니다. [옵션ID[…] : …]' frame)
//  [3p]   seen on the live API by an integrator (public repository), not in Coupang's docs
//  [sbx]  the docs state the rule but print no text: chosen by the sandbox, in the same style
export const PRODUCT_MESSAGES = {
  // ---- create / modify: documented
  mandatoryAttributeMissing: '카테고리의 필수 속성이 존재하지 않습니다.', // [doc] rule 79
  mandatoryPurchaseOption: '필수 구매 옵션 (미입력 시 등록/노출 제한) 존재하지 않습니다', // [doc] rule 85 (details / errorItems)
  inputError: (line: number) => `입력값에 오류가 있습니다. line: ${line}`, // [doc] rule 66
  nullPointer: 'java.lang.NullPointerException', // [doc] rule 67: a required field missing (typo)
  returnCenterInvalid: '올바른 반품지 센터코드를 입력 하세요.', // [doc]
  noticeMismatch: (detail: string, category: string) => `입력된 상품필수 고지정보[${detail}]가 카테고리[${category}]에서 제공하는 것과 다릅니다.`, // [doc] rule 88
  noticeNotFound: (category: string) => `상품필수 정보 확인:[입력된 카테고리[${category}]의 상품필수 고지정보를 찾을 수 없습니다.]`, // [doc] rule 88
  noticeCount: (sent: number, category: string, expected: number) => `입력된 상품필수 고지정보 갯수[${sent}]가 카테고리[${category}]에서 제공하는 갯수[${expected}]와 다릅니다.`, // [doc] rule 88
  courierCheck: '[택배사 코드]를 확인해 주세요.', // [doc] rule 110 (also used for an unknown courier code)
  notFreeConditional: '배송비 종류가 유료 배송이면 조건부무료가 0원 입니다.', // [doc] rule 102
  freeCharges: '배송비 종류가 무료 배송이면 기본배송비, 조건부무료가 0원입니다.', // [doc] rule 101
  legacyFree: (amount: number) => `배송비 종류가 ${amount}이상 무료배송이면 조건부무료가 ${amount}원, 초도배송비가 0원 입니다.`, // [doc] 19800, [pat] 9800/30000 (rule 104)
  /** [doc] rule 106: the FAQ quotes it wrapped as '[code: VALIDATION , error : …]'. */
  returnChargeRange: '[code: VALIDATION , error : 일반배송상품의 경우, 반품배송비는 초도반품비의 100%~150%까지만 입력가능합니다. 반품배송비를 변경해주세요]',
  duplicateOptions: '아이템과 같은 옵션 및 옵션값을 가지고 있는 아이템이 중복으로 존재합니다', // [doc] rules 54, 69
  displayNameTooLong: "'노출상품명' 최대 길이(100자)를 초과했습니다.", // [doc] rule 47
  documentsMissing: '필수 구비서류를 모두 등록 해 주세요', // [doc] rules 115, 116
  searchTagChars: "검색어에는 !@#$%^&*-+;:'. 외의 특수문자는 입력하실 수 없습니다.", // [doc] FAQ, rule 62
  iframe: '유튜브, 일반이미지를 제외한 iframe은 사용이 불가능합니다.', // [doc] older FAQ, rule 65
  invalidDataType: '유효하지 않은 데이터 타입, 단위', // [doc] errorItems message, rule 86
  salePriceUnit: '판매가는 최소 10원 단위로 입력가능합니다.', // [3p] (price API doc: '최소 10원 단위로 입력가능합니다')

  // ---- modify: documented
  duplicateItemName: '중복된 아이템 이름이 존재합니다.', // [doc] rule 28
  cannotDeleteOnSale: '판매중인 상품은 삭제할 수 없습니다.', // [doc] rule 26
  attributesMissing: (names: string[]) => `필수 옵션이(${names.join(',')}) 입력되지 않았습니다`, // [doc] rule 27
  cannotDeleteVendorItem: 'vendorItem로 생성된 아이템은 삭제가 불가능합니다.', // [doc] rule 25

  // ---- create / modify: sandbox texts
  vendorMismatch: (vendorId: string) => `vendorId[${vendorId}]가 인증된 판매자와 다릅니다.`, // [sbx]
  sellerNameTooLong: "'등록상품명' 최대 길이(100자)를 초과했습니다.", // [pat] rule 46
  itemNameTooLong: "'아이템명' 최대 길이(150자)를 초과했습니다.", // [pat] rule 53
  itemCount: '아이템(옵션)은 1개 이상, 최대 200개까지 등록 가능합니다.', // [sbx] rule 52
  saleEndedAt: "판매종료일시는 판매시작일시 이후, 2099-12-31T23:59:59 이전이어야 합니다.", // [sbx] rule 51
  categoryAutoNotAgreed: '카테고리 자동매칭 서비스에 동의하지 않은 업체는 노출카테고리코드(displayCategoryCode)를 입력해야 합니다.', // [sbx] rule 97
  categoryAutoFailed: '상품명으로 카테고리를 자동매칭할 수 없습니다. 노출카테고리코드(displayCategoryCode)를 입력해 주세요.', // [sbx] rule 97
  categoryUnusable: (code: string) => `노출카테고리[${code}]는 상품을 등록할 수 없는 카테고리입니다.`, // [sbx] rules 93, 95
  deliveryChargeNeeded: '배송비 종류가 유료 배송, 조건부 무료배송이면 기본배송비를 입력해야 합니다.', // [sbx] rules 102, 103
  notFreeInitialReturn: '배송비 종류가 유료 배송이면 초도반품배송비가 0원 입니다.', // [pat] rule 102 (FAQ: 초도반품배송비 0원)
  conditionalInitialReturn: '배송비 종류가 조건부 무료배송이면 초도반품배송비가 0원 입니다.', // [pat] rule 103
  conditionalAmount: '배송비 종류가 조건부 무료배송이면 조건부무료 금액을 100원 단위로 입력해야 합니다.', // [sbx] rule 103
  unionCashOnDelivery: '착불배송 상품은 묶음배송을 설정할 수 없습니다.', // [sbx] rule 109
  outboundInvalid: '올바른 출고지 코드를 입력 하세요.', // [pat] of returnCenterInvalid
  agentBuyOverseas: '구매대행 상품은 해외 주소의 출고지만 사용할 수 있습니다.', // [sbx] rule 112
  overseasNeedsAgentBuy: '해외구매대행 상품은 배송방법(deliveryMethod)을 구매대행(AGENT_BUY)으로 입력해야 합니다.', // [sbx] rule 116
  representationImage: '대표이미지(REPRESENTATION)는 1개를 등록해야 합니다.', // [sbx] rule 63
  detailImages: '기타이미지(DETAIL)는 최대 9개까지 등록 가능합니다.', // [sbx] rule 63
  usedImages: '중고상태 이미지(USED_PRODUCT)는 중고 상품에 최대 4개까지 등록 가능합니다.', // [sbx] rule 63
  imagePath: '이미지는 cdnPath 또는 vendorPath(최대 200자)를 입력해야 합니다.', // [sbx] rule 63
  searchTagCount: '검색어는 최대 20개, 1개의 검색어 당 20자 이내로 입력하실 수 있습니다.', // [pat] FAQ wording, rule 62
  originalPriceUnit: '할인율기준가는 0원 이상, 최소 10원 단위로 입력가능합니다.', // [pat] rule 39
  maximumBuyCount: '판매가능수량은 0~99999 사이로 입력해야 합니다.', // [sbx] rule 55
  emptyBarcodeReason: '바코드 없음 사유(emptyBarcodeReason)를 100자 이내로 입력해야 합니다.', // [sbx] rule 61
  offerCondition: (condition: string) => `카테고리에서 허용하지 않는 상품상태[${condition}]입니다.`, // [sbx] rule 70
  offerDescription: '상품상태 설명(offerDescription)은 중고 상품에만 700자 이내로 입력할 수 있습니다.', // [sbx] rule 70
  singleItemNeedsAttributes: '단일상품 등록이 불가능한 카테고리입니다. 옵션(attributes)을 입력해야 합니다.', // [sbx] rules 69, 87
  searchOptionUnknown: (name: string) => `검색옵션[${name}]이 카테고리에 존재하지 않습니다.`, // [sbx] rule 68
  attributeLength: '옵션명(attributeTypeName)은 25자, 옵션값(attributeValueName)은 30자 이내로 입력해야 합니다.', // [sbx] rule 68
  purchaseOptionFormat: (name: string, value: string) => `필수 구매옵션[${name}]의 값[${value}]: 유효하지 않은 데이터 타입, 단위`, // [sbx] rule 82 (with the errorItems phrase)
  groupChooseOne: (names: string[]) => `구매옵션[${names.join(', ')}] 중 1개만 입력해야 합니다.`, // [sbx] rule 77
  freeOptionCount: '구매옵션은 최대 3개까지 입력 가능합니다.', // [sbx] rule 80
  noticeContent: (detail: string) => `상품필수 고지정보[${detail}]의 내용을 입력해야 합니다.`, // [sbx]
  certificationType: (type: string) => `카테고리에서 제공하지 않는 인증정보[${type}]입니다.`, // [sbx] rule 91
  certificationCode: (type: string) => `인증정보[${type}]의 인증번호(certificationCode)를 입력해야 합니다.`, // [sbx] rule 91
  certificationMissing: (type: string) => `필수 인증정보[${type}]를 입력해야 합니다.`, // [sbx] rule 91
  documentTemplate: (name: string) => `카테고리에서 제공하지 않는 구비서류[${name}]입니다.`, // [sbx] rule 71
  documentPath: '구비서류는 documentPath 또는 vendorDocumentPath(최대 150자)를 입력해야 합니다.', // [sbx] rule 71
  bundleOptions: '혼합구성상품(AB)은 옵션을 구성할 수 없습니다.', // [sbx] rule 34
  rocketGrowthNotAgreed: '로켓그로스 상품 생성 API 이용 및 검수 기준 동의가 필요합니다.', // [sbx] rule 121 (the sandbox seller has not agreed)
  registrationRestricted: '상품 등록이 제한된 업체입니다.', // [sbx] rule 11

  // ---- modify: sandbox texts
  productNotFound: (id: string) => `업체상품[${id}]이 존재하지 않습니다.`, // [sbx]
  notModifiable: (id: string, statusName: string) => `업체상품[${id}]은 ${statusName} 상태에서 수정할 수 없습니다.`, // [sbx] rules 17, 18
  categoryChange: '노출카테고리는 변경할 수 없습니다.', // [sbx] rule 30
  offerConditionChange: '상품상태(offerCondition)는 변경할 수 없습니다.', // [sbx] rule 33
  bundleChange: '혼합구성상품 정보(bundleInfo)는 변경할 수 없습니다.', // [sbx] rule 34
  singleItemAddOption: '단일상품으로 등록된 상품에는 옵션을 추가할 수 없습니다.', // [sbx] rule 29
  itemNotFound: (id: string) => `아이템[${id}]이 존재하지 않습니다.`, // [sbx] rule 24
  partialIdMismatch: 'sellerProductId가 경로의 등록상품ID와 다릅니다.', // [sbx]

  // ---- lifecycle: documented
  notRequestable: (id: string) => `업체상품[${id}]이 승인요청 가능한 상태가 아닙니다.`, // [doc] rule 15
  approvalRequested: (id: string) => `${id} 승인 요청되었습니다. 승인 내용에 문제가 있을 경우 승인 요청이 처리되지 않을 수 있습니다.`, // [doc]
  notDeletable: (id: string) => `업체상품[${id}]이 없거나 삭제가 불가능한 상태입니다. 삭제는 '저장중', '임시저장' 상태에서만 가능합니다.`, // [doc] rule 35
  deleted: '삭제되었습니다', // [doc]
  imageDownloadFailed: '대표 또는 기타 이미지 다운로드 실패 사유로 인해 상품승인이 반려되었습니다.', // [doc] rule 64 (FAQ title) as the denial comment
  prohibitedWord: (word: string) => `상품명에 사용할 수 없는 표현[${word}]이 포함되어 승인반려되었습니다.`, // [sbx] denial comment

  // ---- lists: documented / sandbox
  timeFrameTooWide: '검색 허용 범위를 초과했습니다. 최대 허용 범위는 10분입니다.', // [doc] rule 41
  timeFrameParams: "createdAtFrom, createdAtTo는 yyyy-MM-ddTHH:mm:ss 형식으로 입력해야 합니다.", // [sbx]
  listVendorId: '요청한 vendorId가 인증된 판매자와 다릅니다.', // [sbx]
  listNameTooLong: '상품명(sellerProductName)은 20자 이하로 입력해야 합니다.', // [sbx] rule 42
  listStatus: (status: string) => `유효하지 않은 상품상태[${status}]입니다.`, // [sbx]
  listCreatedAt: 'createdAt은 yyyy-MM-dd 형식으로 입력해야 합니다.', // [sbx]
  listViolationAndOr: '검색옵션(violationTypes)이 2개 이상이면 violationTypeAndOr(AND, OR)를 입력해야 합니다.', // [sbx] rule 43
  listViolationType: (type: string) => `유효하지 않은 violationTypes[${type}]입니다.`, // [sbx]

  // ---- item APIs: documented
  quantityDone: '재고 변경을 완료했습니다.', // [doc]
  invalidQuantity: '유효하지 않은 재고수량입니다.', // [doc]
  priceDone: '가격 변경을 완료했습니다.', // [doc]
  priceLimit: (id: string) => `가격변경에 실패했습니다. [옵션ID[${id}] : 판매가 변경이 불가능합니다. 변경전 판매가의 최대 50% 인하/최대 100%인상까지 변경가능합니다.]`, // [doc] rule 38
  stopDone: '판매 중지 처리되었습니다.', // [doc]
  resumeDone: '판매가 재개되었습니다.', // [doc]
  originalPriceDone: '할인율 기준가격이 변경되었습니다.', // [doc]
  stopDeleted: (id: string) => `판매중지에 실패했습니다. [옵션ID[${id}] : 삭제된 상품은 변경이 불가능합니다.]`, // [doc]
  resumeDeleted: (id: string) => `판매재개에 실패했습니다. [옵션ID[${id}] : 삭제된 상품은 변경이 불가능합니다.]`, // [doc]
  quantityNotFound: (id: string) => `Failed to change the inventory. [vendoritemid ${id} not found]`, // [doc] (EN page)
  /** [doc] rule 7: what a wrong vendorItemId surfaces as on the other item APIs. */
  objectText: "Object text must begin with '{' at character 0",
  quantityDeleted: (id: string) => `재고변경에 실패했습니다. [옵션ID[${id}] : 삭제된 상품은 변경이 불가능합니다.]`, // [pat] (EN: It is not possible to change deleted product.)
  priceDeleted: (id: string) => `가격변경에 실패했습니다. [옵션ID[${id}] : 삭제된 상품은 변경이 불가능합니다.]`, // [pat]
  priceUnit: (id: string) => `가격변경에 실패했습니다. [옵션ID[${id}] : 판매가는 최소 10원 단위로 입력가능합니다.]`, // [pat]+[3p] rule 39
  originalPriceDeleted: (id: string) => `할인율 기준가격 변경에 실패했습니다. [옵션ID[${id}] : 삭제된 상품은 변경이 불가능합니다.]`, // [pat]
  originalPriceItemUnit: (id: string) => `할인율 기준가격 변경에 실패했습니다. [옵션ID[${id}] : 할인율 기준가격은 0원 이상, 최소 10원 단위로 입력가능합니다.]`, // [pat] rule 39
  autoOptionDeleted: (id: string) => `[옵션ID[${id}] : 삭제된 상품은 변경이 불가능합니다.]`, // [pat] (code FAILED)
} as const;

/** Approval denial for names with these words (sandbox rule, so clients can rehearse 승인반려). */
export const PROHIBITED_NAME_WORDS = ['레플리카', '이미테이션', '짝퉁', '가품'] as const;

/** history createdBy for automatic steps, as in the documented example. */
export const SYSTEM_ACTOR = '쿠팡 셀러 시스템';
