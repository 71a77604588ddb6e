/**
 * Which column of a CSV fills which field. guessMapping proposes a mapping from
 * the header row alone; the user confirms or corrects it before the import.
 */

export const TARGET_FIELDS = [
  'id',
  'name',
  'firstName',
  'lastName',
  'title',
  'email',
  'phone',
  'externalId',
  'company.name',
  'company.location',
  'company.businessType',
  'tier',
  'birthday',
  'tags',
  'notes',
  'purchase.at',
  'purchase.amount',
  'purchase.currency',
  'purchase.product',
  'purchase.category',
  'purchase.quantity',
  'interaction.at',
  'interaction.type',
  'interaction.summary',
] as const;

/** `id` is this database's own customer id (a UUID); `externalId` is a CRM's record id. */
export type TargetField = (typeof TARGET_FIELDS)[number];

export const CRM_PRESETS = ['salesforce', 'hubspot', 'zoho'] as const;
export type CrmPreset = (typeof CRM_PRESETS)[number];

export interface ColumnMapping {
  /** The CRM the file came from; names the system of its record ids. */
  preset?: CrmPreset;
  /** One entry per column, in file order; null = not imported. */
  columns: (TargetField | null)[];
}

/**
 * Fields several columns may fill: a Salesforce contact has Phone and Mobile
 * Phone, both of which recognise them. Any other field takes the first column.
 */
export const MULTI_COLUMN_FIELDS: ReadonlySet<TargetField> = new Set(['email', 'phone', 'tags']);

/**
 * The exact headers of each CRM's contact export (as exported with its English
 * UI). A preset is chosen when its headers match more columns than any other's
 * and it has a header of its own in the file, since all three share First Name,
 * Last Name and Email. HubSpot's Lifecycle Stage is left out on purpose: our
 * stage is computed from purchases (lib/loyalty/lifecycle.ts), and a marketing
 * stage would be overwritten anyway.
 */
const PRESETS: Record<CrmPreset, Record<string, TargetField | null>> = {
  salesforce: {
    'First Name': 'firstName',
    'Last Name': 'lastName',
    Email: 'email',
    Phone: 'phone',
    'Mobile Phone': 'phone',
    'Account Name': 'company.name',
    Title: 'title',
    'Mailing City': 'company.location',
    'Contact ID': 'externalId',
    'Lead ID': 'externalId',
    Birthdate: 'birthday',
    Description: 'notes',
  },
  hubspot: {
    'First Name': 'firstName',
    'Last Name': 'lastName',
    Email: 'email',
    'Phone Number': 'phone',
    'Mobile Phone Number': 'phone',
    'Company Name': 'company.name',
    'Job Title': 'title',
    City: 'company.location',
    'Record ID': 'externalId',
    'Lifecycle Stage': null,
  },
  zoho: {
    'First Name': 'firstName',
    'Last Name': 'lastName',
    Email: 'email',
    Phone: 'phone',
    Mobile: 'phone',
    'Account Name': 'company.name',
    Title: 'title',
    'Mailing City': 'company.location',
    'Record Id': 'externalId',
    'Contact Id': 'externalId',
    'Date of Birth': 'birthday',
    Description: 'notes',
  },
};

/**
 * Header words per field, compared after normalizeHeader (so "E-mail",
 * "EMAIL" and "Ｅｍａｉｌ" are one). Chinese headers are the ones Chinese
 * Excel customer lists and domestic CRMs (销售易, 纷享销客) commonly use.
 */
const SYNONYMS: Record<TargetField, string[]> = {
  // This app's own customer export (lib/data-io/export-csv.ts), so that it imports back onto the same customers.
  id: ['customercareid'],
  name: [
    'name', 'fullname', 'contactname', 'customername', 'contact',
    '姓名', '名称', '客户名称', '客户姓名', '客户', '联系人', '联系人姓名',
  ],
  firstName: ['firstname', 'givenname', '名'],
  lastName: ['lastname', 'surname', 'familyname', '姓'],
  title: ['title', 'jobtitle', 'position', '职位', '职务', '头衔'],
  email: ['email', 'emailaddress', 'mail', 'workemail', '邮箱', '电子邮件', '电子邮箱', '邮件', '邮箱地址', '电子邮件地址'],
  phone: [
    'phone', 'phonenumber', 'mobile', 'mobilephone', 'mobilephonenumber', 'cell', 'cellphone', 'tel', 'telephone',
    '手机', '手机号', '手机号码', '电话', '电话号码', '联系电话', '移动电话', '座机', '固定电话', '办公电话',
  ],
  externalId: ['externalid', 'recordid', 'contactid', 'customerid', 'customernumber', '客户编号', '客户id', '客户代码', '客户编码'],
  'company.name': [
    'company', 'companyname', 'accountname', 'account', 'organization', 'organisation',
    '公司', '公司名称', '单位', '单位名称', '企业', '企业名称',
  ],
  'company.location': ['city', 'location', 'region', 'mailingcity', 'address', '城市', '地区', '所在地', '所在城市', '区域', '地址'],
  'company.businessType': ['businesstype', 'customertype', '客户类型', '业务类型'],
  tier: ['tier', 'level', 'grade', 'customerlevel', '级别', '客户级别', '等级', '客户等级'],
  birthday: ['birthday', 'birthdate', 'dateofbirth', 'dob', '生日', '出生日期'],
  tags: ['tags', 'tag', 'labels', '标签'],
  notes: ['notes', 'note', 'description', 'remarks', 'comment', 'comments', '备注', '说明', '描述'],
  'purchase.at': ['orderdate', 'purchasedate', 'dealdate', '下单日期', '购买日期', '订单日期', '成交日期', '交易日期'],
  'purchase.amount': ['amount', 'orderamount', 'ordertotal', '金额', '订单金额', '成交金额', '消费金额', '购买金额'],
  'purchase.currency': ['currency', '币种', '货币'],
  'purchase.product': ['product', 'productname', 'item', '产品', '商品', '产品名称', '商品名称'],
  'purchase.category': ['category', 'productcategory', '类别', '品类', '产品类别'],
  'purchase.quantity': ['quantity', 'qty', '数量'],
  'interaction.at': ['contactdate', 'activitydate', 'visitdate', '联系日期', '拜访日期', '沟通日期', '跟进日期'],
  'interaction.type': ['activitytype', 'contacttype', '沟通方式', '跟进方式', '联系类型'],
  'interaction.summary': ['activity', 'summary', '沟通记录', '联系记录', '拜访记录', '跟进记录', '跟进内容', '沟通内容'],
};

const FIELD_BY_WORD = new Map<string, TargetField>(
  Object.entries(SYNONYMS).flatMap(([field, words]) => words.map((word) => [word, field as TargetField] as const)),
);

/** Case, width, spaces and punctuation ignored; a trailing "(必填)" or "*" too. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/[(（][^)）]*[)）]\s*$/u, '')
    .toLowerCase()
    .replace(/[\s_\-.:*#/\\]+/g, '');
}

/** `preset` forces a CRM's headers (the user picked it); by default it is detected from the headers. */
export function guessMapping(headers: string[], preset: CrmPreset | undefined = detectPreset(headers)): ColumnMapping {
  const presetColumns = preset ? PRESETS[preset] : {};
  const taken = new Set<TargetField>();
  const columns = headers.map((header): TargetField | null => {
    const trimmed = header.replace(/^\uFEFF/, '').trim();
    const field = trimmed in presetColumns ? (presetColumns[trimmed] ?? null) : FIELD_BY_WORD.get(normalizeHeader(trimmed)) ?? null;
    if (!field || (taken.has(field) && !MULTI_COLUMN_FIELDS.has(field))) return null;
    taken.add(field);
    return field;
  });
  return preset ? { preset, columns } : { columns };
}

export function detectPreset(headers: string[]): CrmPreset | undefined {
  const present = new Set(headers.map((header) => header.replace(/^\uFEFF/, '').trim()));
  const scored = (Object.keys(PRESETS) as CrmPreset[]).map((preset) => {
    const own = Object.keys(PRESETS[preset]);
    const othersHave = (header: string) =>
      (Object.keys(PRESETS) as CrmPreset[]).some((other) => other !== preset && header in PRESETS[other]);
    return {
      preset,
      score: own.filter((header) => present.has(header)).length,
      distinctive: own.some((header) => present.has(header) && !othersHave(header)),
    };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best?.distinctive || best.score === second?.score) return undefined;
  return best.preset;
}
