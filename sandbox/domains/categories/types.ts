// Shapes of the category data. Meta field names follow categories.json (categories.getMeta) and
// the real responses in tables/category-meta-real.json exactly.

/** [code, parentCode, name, isLeaf (1/0), required purchase options ('|'-joined, catalog notation)] */
export type CategoryRow = readonly [number, number, string, number, string];

export interface MetaAttribute {
  attributeTypeName: string;
  dataType: string;
  /** Real responses carry inputType/inputValues; the documented example (78877) has neither. */
  inputType?: string;
  inputValues?: string[];
  basicUnit: string;
  usableUnits: string[];
  required: string;
  groupNumber: string;
  exposed: string;
}

export interface MetaNoticeCategory {
  noticeCategoryName: string;
  noticeCategoryDetailNames: Array<{ noticeCategoryDetailName: string; required: string }>;
}

export interface MetaRequiredDocument {
  templateName: string;
  required: string;
}

export interface MetaCertification {
  certificationType: string;
  name: string;
  dataType: string;
  required: string;
}

/** The `data` object of the meta response. */
export interface MetaData {
  isAllowSingleItem: boolean | null;
  attributes: MetaAttribute[];
  noticeCategories: MetaNoticeCategory[];
  requiredDocumentNames: MetaRequiredDocument[];
  certifications: MetaCertification[];
  allowedOfferConditions: string[];
  isExpirationDateRequiredForRocketGrowth?: boolean;
}

export type CategoryStatus = 'ACTIVE' | 'READY' | 'DISABLED';

export interface CategoryNode {
  code: number;
  parent: number;
  name: string;
  /** Names from the first level down to this node. */
  path: string[];
  leaf: boolean;
  /** Leaves: purchase options the category list names as required, in catalog notation. */
  requiredOptions: string[];
  children: number[];
  status: CategoryStatus;
}
