export interface ProvinceCentre {
  areaCode: string;
  cityZh: string;
  cityEn: string;
  /** Places without a line of their own whose callers this centre serves; the transfer directory names them. */
  alsoServes?: { zh: string; en: string };
}

interface Province {
  zh: string;
  en: string;
  centres: readonly ProvinceCentre[];
  institutions: readonly { id: string; nameZh: string; nameEn: string; areaCode: string; phone: string }[];
}

/** Provinces a deployment can be seeded with; each centre answers `<area code>12356`. */
export const provinces = {
  fujian: {
    zh: '福建省',
    en: 'Fujian',
    centres: [
      { areaCode: '0591', cityZh: '福州', cityEn: 'Fuzhou', alsoServes: { zh: '平潭', en: 'Pingtan' } },
      { areaCode: '0592', cityZh: '厦门', cityEn: 'Xiamen' },
      { areaCode: '0593', cityZh: '宁德', cityEn: 'Ningde' },
      { areaCode: '0594', cityZh: '莆田', cityEn: 'Putian' },
      { areaCode: '0595', cityZh: '泉州', cityEn: 'Quanzhou' },
      { areaCode: '0596', cityZh: '漳州', cityEn: 'Zhangzhou' },
      { areaCode: '0597', cityZh: '龙岩', cityEn: 'Longyan' },
      { areaCode: '0598', cityZh: '三明', cityEn: 'Sanming' },
      { areaCode: '0599', cityZh: '南平', cityEn: 'Nanping' },
    ],
    /**
     * Psychiatric hospitals for referral, only those whose name and role we could confirm from
     * public sources. Phone numbers stay empty until confirmed with the hospital: a wrong number
     * given to a caller in crisis does harm. Centres add theirs in the database.
     */
    institutions: [
      { id: 'fuzhou-neuropsychiatric', nameZh: '福建省福州神经精神病防治院', nameEn: 'Fuzhou Neuropsychiatric Hospital of Fujian Province', areaCode: '0591', phone: '' },
      { id: 'xiamen-xianyue', nameZh: '厦门市仙岳医院', nameEn: 'Xiamen Xianyue Hospital', areaCode: '0592', phone: '' },
      { id: 'quanzhou-third', nameZh: '泉州市第三医院（泉州市精神卫生中心）', nameEn: 'Quanzhou Third Hospital (Quanzhou Mental Health Centre)', areaCode: '0595', phone: '' },
    ],
  },
} satisfies Record<string, Province>;

export type ProvinceKey = keyof typeof provinces;
