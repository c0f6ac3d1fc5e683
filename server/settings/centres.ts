import { PUBLIC_LINE } from '../../src/contract';
import type { AdminCentre, CentreEdit, NewCentre } from '../../src/contract/centre-config';
import type { Queryable } from '../store/store';

const select = `select c.area_code as "areaCode", c.city_zh as "cityZh", c.city_en as "cityEn", c.line_open as "lineOpen",
                       (select count(*)::int from staff s where s.centre_area_code = c.area_code and s.deactivated_at is null) as "staffCount"
                  from centres c`;

type Row = Omit<AdminCentre, 'line'>;
const withLine = (row: Row): AdminCentre => ({ ...row, line: `${row.areaCode}${PUBLIC_LINE}` });

export async function loadAdminCentres(db: Queryable): Promise<AdminCentre[]> {
  return (await db.query<Row>(`${select} order by c.area_code`)).map(withLine);
}

export async function loadAdminCentre(db: Queryable, areaCode: string): Promise<AdminCentre | undefined> {
  const [row] = await db.query<Row>(`${select} where c.area_code = $1`, [areaCode]);
  return row && withLine(row);
}

/**
 * A new centre of this deployment's province (named after the existing centres'), marked edited so
 * a start leaves it as the admin made it. False when the area code is taken.
 */
export async function insertCentre(db: Queryable, centre: NewCentre): Promise<boolean> {
  const rows = await db.query(
    `insert into centres (area_code, city_zh, city_en, province_zh, province_en, line_open, edited_at)
     select $1, $2, $3, coalesce(max(province_zh), ''), coalesce(max(province_en), ''), $4, now() from centres
     on conflict (area_code) do nothing returning area_code`,
    [centre.areaCode, centre.cityZh, centre.cityEn, centre.lineOpen],
  );
  return rows.length === 1;
}

export async function updateCentre(db: Queryable, areaCode: string, edit: CentreEdit): Promise<void> {
  await db.query('update centres set city_zh = $2, city_en = $3, line_open = $4, edited_at = now() where area_code = $1', [
    areaCode,
    edit.cityZh,
    edit.cityEn,
    edit.lineOpen,
  ]);
}
