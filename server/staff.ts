import type { Me } from '../src/contract';
import type { Queryable } from './store/store';

interface StaffRow {
  id: string;
  username: string;
  display_name: string;
  role: Me['role'];
  trainee: boolean;
  must_change_password: boolean;
  area_code: string | null;
  city_zh: string | null;
  city_en: string | null;
  province_zh: string | null;
  province_en: string | null;
}

/** The staff member as the contract's `Me`, their centre included. */
export async function loadMe(db: Queryable, staffId: string): Promise<Me> {
  const [row] = await db.query<StaffRow>(
    `select st.id, st.username, st.display_name, st.role, st.trainee, st.must_change_password,
            ce.area_code, ce.city_zh, ce.city_en, ce.province_zh, ce.province_en
       from staff st left join centres ce on ce.area_code = st.centre_area_code
      where st.id = $1`,
    [staffId],
  );
  if (!row) throw new Error('signed-in staff member not found');
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    trainee: row.trainee,
    mustChangePassword: row.must_change_password,
    centre:
      row.area_code && row.city_zh && row.city_en && row.province_zh && row.province_en
        ? { areaCode: row.area_code, cityZh: row.city_zh, cityEn: row.city_en, provinceZh: row.province_zh, provinceEn: row.province_en }
        : null,
  };
}
