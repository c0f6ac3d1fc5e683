import { Region } from '../../components';

/** One group of figures as a two-column table: what is counted, and how many. */
export function FigureTable({ title, rows, valueHeading, figureHeading }: { title: string; rows: [string, string | number][]; valueHeading: string; figureHeading: string }) {
  return (
    <Region title={title} keyboardScroll>
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">{figureHeading}</th>
            <th scope="col">{valueHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-1 pr-4 text-left font-normal text-slate-700">
                {label}
              </th>
              <td className="py-1 text-right tabular-nums text-slate-900">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Region>
  );
}
