/** Provinces a deployment can be seeded with; each centre answers `<area code>12356`. */
export const provinces = {
  fujian: {
    zh: '福建省',
    en: 'Fujian',
    // Pingtan has no line of its own: its callers are served by Fuzhou (0591).
    centres: [
      { areaCode: '0591', cityZh: '福州', cityEn: 'Fuzhou' },
      { areaCode: '0592', cityZh: '厦门', cityEn: 'Xiamen' },
      { areaCode: '0593', cityZh: '宁德', cityEn: 'Ningde' },
      { areaCode: '0594', cityZh: '莆田', cityEn: 'Putian' },
      { areaCode: '0595', cityZh: '泉州', cityEn: 'Quanzhou' },
      { areaCode: '0596', cityZh: '漳州', cityEn: 'Zhangzhou' },
      { areaCode: '0597', cityZh: '龙岩', cityEn: 'Longyan' },
      { areaCode: '0598', cityZh: '三明', cityEn: 'Sanming' },
      { areaCode: '0599', cityZh: '南平', cityEn: 'Nanping' },
    ],
  },
} as const;

export type ProvinceKey = keyof typeof provinces;
