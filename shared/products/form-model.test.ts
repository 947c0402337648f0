import { describe, expect, it } from 'vitest';
import fixture from './fixtures/category-metas.json';
import { buildFormModel, formatOptionValue, gridColumns, optionValueProblem, parseOptionValue, requiredPurchaseOptions } from './form-model';
import { normalizeMeta } from './meta';

type Sample = (typeof fixture.samples)[number];
const sample = (code: number | null, hint?: RegExp): Sample => fixture.samples.find((s) => s.displayCategoryCode === code && (!hint || hint.test(s.categoryHint)))!;
const real = (code: number) => fixture.real.find((r) => r.displayCategoryCode === code)!.meta;

describe('meta → form model: every documented sample (tables/category-meta-samples.json)', () => {
  it('78877 (full documented example): single item allowed, 수량 optional purchase option, 3 search options, two notice groups, conditional documents', () => {
    const model = buildFormModel(normalizeMeta((sample(78877) as any).response));
    expect(model.allowSingleItem).toBe(true);
    expect(model.purchaseOptions.map((f) => [f.name, f.mandatory, f.input])).toEqual([['수량', false, 'number-unit']]);
    expect(model.purchaseOptions[0].units).toContain('개');
    expect(model.purchaseOptions[0].defaultUnit).toBe('개');
    expect(model.searchOptions.map((f) => f.name)).toEqual(['자동차거치용품 거치대고정', '헤드 회전 가능여부', '각도조절 가능여부']);
    expect(model.groups).toEqual([]);
    expect(model.notices.map((n) => [n.name, n.rows.length])).toEqual([
      ['자동차용품(자동차부품/기타 자동차용품)', 9],
      ['기타 재화', 5],
    ]);
    expect(model.documents.map((d) => [d.templateName, d.when])).toEqual([
      ['기타인증서류', 'optional'],
      ['수입신고필증(병행수입 선택시)', 'parallelImported'],
      ['인보이스영수증(해외구매대행 선택시)', 'overseasPurchased'],
    ]);
    expect(model.certifications).toHaveLength(13);
    expect(model.certifications.find((c) => c.type === 'KC_KID_CERTIFICATION')).toMatchObject({ needsCode: true, required: 'RECOMMEND' });
    expect(model.offerConditions).toEqual(['NEW', 'REFURBISHED', 'USED_BEST', 'USED_GOOD', 'USED_NORMAL']);
    // Nothing mandatory: the grid starts without columns.
    expect(gridColumns(model, {})).toEqual([]);
  });

  it('27742 비타민 (fragment): 개당 캡슐/정 is a mandatory choose-one group 1 with units 캡슐/정/회분; isAllowSingleItem null = attributes required', () => {
    const model = buildFormModel(normalizeMeta((sample(27742) as any).response));
    expect(model.allowSingleItem).toBe(false);
    const f = model.purchaseOptions.find((x) => x.name === '개당 캡슐/정')!;
    expect(f).toMatchObject({ groupNumber: '1', mandatory: false, requiredMandatory: true, input: 'number-unit', units: ['캡슐', '정', '회분'] });
    // basicUnit 개 is not among the usable units: the first usable unit is the default.
    expect(f.defaultUnit).toBe('캡슐');
    expect(model.groups).toEqual([{ groupNumber: '1', members: ['개당 캡슐/정'], mandatory: true }]);
    // The cut-off second attribute keeps only what the answer said: a name (treated as an optional search option).
    expect(model.searchOptions.map((x) => x.name)).toEqual(['개당 중량']);
    expect(requiredPurchaseOptions(model, {})).toEqual(['개당 캡슐/정']);
    expect(optionValueProblem(f, '60정')).toBeNull();
    expect(optionValueProblem(f, '30캡슐')).toBeNull();
    expect(optionValueProblem(f, '60개')).toMatch(/단위 '개'/);
  });

  it('jewelry fragment: 색상 and 주얼리 사이즈 are mandatory purchase options, 쥬얼리 소재 an optional search option', () => {
    const model = buildFormModel(normalizeMeta((sample(null, /jewelry/) as any).response));
    expect(model.purchaseOptions.map((f) => [f.name, f.mandatory, f.input])).toEqual([
      ['색상', true, 'text'],
      ['주얼리 사이즈', true, 'text'],
    ]);
    expect(model.searchOptions.map((f) => [f.name, f.requiredMandatory])).toEqual([['쥬얼리 소재', false]]);
    expect(gridColumns(model, {}).map((f) => f.name)).toEqual(['색상', '주얼리 사이즈']);
  });

  it('apparel notices fragment: 기타 재화 has 5 rows and 의류 9, all mandatory', () => {
    const model = buildFormModel(normalizeMeta((sample(null, /apparel/) as any).response));
    expect(model.notices.map((n) => [n.name, n.rows.length, n.rows.every((r) => r.required)])).toEqual([
      ['기타 재화', 5, true],
      ['의류', 9, true],
    ]);
    expect(model.purchaseOptions).toEqual([]);
  });

  it('58762 국산탄산수 (prose only): its documented good values pass and bad values fail on the options it names', () => {
    const s = sample(58762) as any;
    expect(s.response).toBeUndefined();
    // The sample gives facts, not JSON: only what it states is modelled (two mandatory NUMBER options).
    const model = buildFormModel(
      normalizeMeta({
        attributes: [
          { attributeTypeName: '개당 용량', dataType: 'NUMBER', usableUnits: ['ml'], required: 'MANDATORY', groupNumber: '1', exposed: 'EXPOSED' },
          { attributeTypeName: '총 수량', dataType: 'NUMBER', usableUnits: ['개'], required: 'MANDATORY', groupNumber: 'NONE', exposed: 'EXPOSED' },
        ],
      }),
    );
    const volume = model.purchaseOptions.find((f) => f.name === '개당 용량')!;
    const count = model.purchaseOptions.find((f) => f.name === '총 수량')!;
    expect(optionValueProblem(volume, s.documentedFacts.goodValues['개당 용량'])).toBeNull();
    expect(optionValueProblem(count, s.documentedFacts.goodValues['총 수량'])).toBeNull();
    expect(optionValueProblem(volume, s.documentedFacts.badValues['개당 용량'])).not.toBeNull();
    expect(optionValueProblem(count, s.documentedFacts.badValues['총 수량'])).not.toBeNull();
  });

  it('covers every sample of the copied fixture', () => {
    for (const s of fixture.samples as any[]) {
      const model = buildFormModel(normalizeMeta(s.response ?? {}));
      for (const f of [...model.purchaseOptions, ...model.searchOptions]) {
        expect(f.name.length).toBeGreaterThan(0);
        if (f.input === 'select') expect(f.values.length).toBeGreaterThan(0);
      }
    }
    expect(fixture.samples).toHaveLength(5);
  });
});

describe('meta → form model: real captured metas (tables/category-meta-real.json)', () => {
  it('every mandatory EXPOSED attribute becomes a required grid column, every NONE one a search option', () => {
    for (const r of fixture.real) {
      const meta = normalizeMeta(r.meta);
      const model = buildFormModel(meta);
      const mandatoryExposed = meta.attributes.filter((a) => a.required === 'MANDATORY' && a.exposed === 'EXPOSED');
      const required = requiredPurchaseOptions(model, {});
      const groupCount = new Set(mandatoryExposed.filter((a) => a.groupNumber !== 'NONE').map((a) => a.groupNumber)).size;
      expect(required.length, `${r.displayCategoryCode}`).toBe(mandatoryExposed.filter((a) => a.groupNumber === 'NONE').length + groupCount);
      expect(model.searchOptions.length).toBe(meta.attributes.filter((a) => a.exposed !== 'EXPOSED').length);
      expect(model.notices.length).toBe(meta.noticeCategories.length);
      expect(model.offerConditions).toEqual(['NEW']);
    }
  });

  it('80094 스케치북: SELECT attribute 지류 사이즈 offers exactly its inputValues; 내지매수 takes 매 though basicUnit is 개', () => {
    const model = buildFormModel(normalizeMeta(real(80094)));
    const size = model.purchaseOptions.find((f) => f.name === '지류 사이즈')!;
    expect(size.input).toBe('select');
    expect(size.values).toContain('A4');
    expect(optionValueProblem(size, 'A4')).toBeNull();
    expect(optionValueProblem(size, 'A9')).toMatch(/허용값이 아닙니다/);
    const pages = model.purchaseOptions.find((f) => f.name === '내지매수')!;
    expect(pages.units).toEqual(['매']);
    expect(pages.defaultUnit).toBe('매');
    expect(formatOptionValue(pages, '30', '매')).toBe('30매');
    expect(parseOptionValue(pages, '30매')).toEqual({ value: '30', unit: '매' });
  });

  it('64687 키홀더 offers 16 notice groups; 70703 우산 has no 수량 option', () => {
    expect(buildFormModel(normalizeMeta(real(64687))).notices).toHaveLength(16);
    expect(buildFormModel(normalizeMeta(real(70703))).purchaseOptions.filter((f) => f.mandatory).map((f) => f.name)).toEqual(['색상', '패션의류/잡화 사이즈']);
  });

  it('72882 fragment: 최소 중량 is a choose-one group member (group 1); the seller picks which member the grid asks', () => {
    const model = buildFormModel(normalizeMeta(real(72882)));
    expect(model.groups).toEqual([{ groupNumber: '1', members: ['최소 중량'], mandatory: true }]);
    expect(gridColumns(model, { '1': '최소 중량' }).map((f) => f.name)).toEqual(['최소 중량']);
    const f = model.purchaseOptions[0];
    expect(optionValueProblem(f, '500g')).toBeNull();
    expect(optionValueProblem(f, '500ml')).toMatch(/단위/);
  });

  it('basicUnit 없음 is read as no unit', () => {
    const model = buildFormModel(normalizeMeta(real(79716)));
    expect(model.purchaseOptions.find((f) => f.name === '색상')).toMatchObject({ input: 'text', units: [], defaultUnit: null });
    expect(model.purchaseOptions.find((f) => f.name === '수량')).toMatchObject({ units: ['개', '박스', '세트'], defaultUnit: '개' });
  });
});
