import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type EndpointResponse } from '../../src/contract';
import { seedProvince } from '../seed';
import { createHarness, okJson, type Harness } from '../testing/harness';

type InstitutionList = EndpointResponse<typeof api.institutions>;

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('institutions for referral', () => {
  it('lists the province’s psychiatric hospitals to signed-in staff, by area code', async () => {
    expect((await h.call('GET', '/api/institutions')).status).toBe(401);
    const res = await h.call('GET', '/api/institutions', { cookie: await h.signIn('trainer1') });
    const { institutions } = await okJson<InstitutionList>(res);
    expect(institutions.map((i) => [i.areaCode, i.nameZh])).toEqual([
      ['0591', '福建省福州神经精神病防治院'],
      ['0592', '厦门市仙岳医院'],
      ['0595', '泉州市第三医院（泉州市精神卫生中心）'],
    ]);
    expect(institutions.every((i) => i.nameEn.length > 0)).toBe(true);
  });

  it('keeps a phone number a centre entered when the seed runs again', async () => {
    await h.store.query("update institutions set phone = '05925555555' where id = 'xiamen-xianyue'");
    await seedProvince(h.store, 'fujian');
    const [row] = await h.store.query<{ phone: string }>("select phone from institutions where id = 'xiamen-xianyue'");
    expect(row?.phone).toBe('05925555555');
    expect(await h.store.query('select 1 from institutions')).toHaveLength(3);
  });
});
