import type { TransferTarget } from '../../src/contract';
import { provinces, type ProvinceKey } from '../provinces';

/** National numbers every centre can hand a caller to; the three emergency services come first. */
const nationalTargets: readonly TransferTarget[] = [
  { id: 'police', kind: 'police', nameZh: '公安报警', nameEn: 'Police', number: '110', emergency: true },
  { id: 'ambulance', kind: 'ambulance', nameZh: '医疗急救', nameEn: 'Ambulance', number: '120', emergency: true },
  { id: 'fire', kind: 'fire', nameZh: '消防', nameEn: 'Fire', number: '119', emergency: true },
  { id: 'hotline-12345', kind: 'hotline', nameZh: '市民服务热线', nameEn: 'City service line', number: '12345', emergency: false },
  { id: 'hotline-12355', kind: 'hotline', nameZh: '青少年服务台', nameEn: 'Youth line', number: '12355', emergency: false },
  { id: 'hotline-12338', kind: 'hotline', nameZh: '妇女维权热线', nameEn: 'Women’s rights line', number: '12338', emergency: false },
  { id: 'hotline-12320', kind: 'hotline', nameZh: '卫生热线', nameEn: 'Health line', number: '12320', emergency: false },
];

const supervisorTarget: TransferTarget = {
  id: 'supervisor',
  kind: 'supervisor',
  nameZh: '督导',
  nameEn: 'Supervisor on duty',
  number: '',
  emergency: false,
};

/**
 * The directory a deployment starts with: the national numbers, every 12356 centre of the province
 * (a counsellor's own centre included, since handing a caller to a colleague on the same line is
 * legitimate), and the supervisor on duty.
 */
export function defaultTransferTargets(provinceKey: ProvinceKey): TransferTarget[] {
  const centres = provinces[provinceKey].centres.map((centre): TransferTarget => {
    const served = centre.alsoServes;
    return {
      id: `centre-${centre.areaCode}`,
      kind: 'centre',
      nameZh: `${centre.cityZh}${served ? `（含${served.zh}）` : ''}12356`,
      nameEn: `${centre.cityEn} 12356${served ? ` (incl. ${served.en})` : ''}`,
      number: `${centre.areaCode}12356`,
      emergency: false,
    };
  });
  return [...nationalTargets, ...centres, supervisorTarget];
}
