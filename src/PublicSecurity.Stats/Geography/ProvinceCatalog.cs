using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PublicSecurity.Stats;

/// <summary>
/// The official provincial-level units of Vietnam in two editions — 63 units until 30/06/2025 and 34 units from
/// 01/07/2025 — with lookup by code and by name, the 2025 merger mapping and the 2023 population.
/// </summary>
/// <remarks>
/// <para>
/// The data is embedded in the package (copied from the specification's <c>provinces-2024.csv</c>,
/// <c>province-merger-2025.csv</c> and <c>province-population.csv</c>); nothing is read from disk or the network.
/// Resolution 202/2025/QH15 (adopted 12/06/2025) merged the 63 units into 34 from 01/07/2025: 11 units are
/// unchanged and 23 new units absorb 52 old ones. A new unit takes the code and name of one of its predecessors
/// (Bình Dương 74 + Bà Rịa - Vũng Tàu 77 + Hồ Chí Minh 79 → Hồ Chí Minh 79), so codes are reused with a different
/// meaning: a code is an identity only together with its <see cref="ProvinceEdition"/>.
/// </para>
/// <para>
/// Comparing data across the reform means re-basing the 63-unit data onto the 34 units by summing counts
/// (numerators and denominators), then recomputing rates; rates are never averaged (<see cref="Rebase"/>).
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class ProvinceCatalog
{
    private static readonly Catalog Data = Catalog.Load();

    /// <summary>Gets the first day of the 34-unit edition, 01/07/2025; the 63-unit edition is in force until the day before.</summary>
    public static DateOnly MergerDate { get; } = new(2025, 7, 1);

    /// <summary>
    /// Gets the 2023 average population of the 63 units (NSO/GSO table E02.01, rounded to 10 persons, preliminary);
    /// the population of a unit of the 34-unit edition is the sum of its predecessors'.
    /// </summary>
    public static PopulationTable Population => Data.Population;

    /// <summary>Gets the edition in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see cref="ProvinceEdition.Provinces63"/> until 30/06/2025, <see cref="ProvinceEdition.Provinces34"/> from 01/07/2025.</returns>
    /// <remarks>
    /// Thừa Thiên Huế became the city of Huế on 01/01/2025, inside the 63-unit edition: it is the same unit (code 46),
    /// found under both names.
    /// </remarks>
    public static ProvinceEdition EditionOn(DateOnly date) =>
        date < MergerDate ? ProvinceEdition.Provinces63 : ProvinceEdition.Provinces34;

    /// <summary>Gets every unit of an edition, ordered by code.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The 63 or 34 units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined value.</exception>
    public static IReadOnlyList<Province> All(ProvinceEdition edition) => Data.Of(edition).Units;

    /// <summary>Gets the unit of an edition with the given two-digit code.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="code">The official code, for example "74"; exactly as published (two digits).</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code of the edition.</exception>
    public static Province Find(ProvinceEdition edition, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var data = Data.Of(edition);
        if (data.ByCode.TryGetValue(code, out var province))
        {
            return province;
        }

        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"The code must be the two-digit code of one of the {data.Units.Count} units of the {Province.EditionLabel(edition)}; it was '{code}'."),
            nameof(code));
    }

    /// <summary>Gets the unit of an edition whose code, read as a number, is <paramref name="code"/>: 74 for "74", 1 for "01".</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="code">The code as a number, as a spreadsheet or database column holds it: 1 to 99, a code of the edition.</param>
    /// <returns>The unit.</returns>
    /// <remarks>
    /// A number is unambiguous: 1 is "01" (Hà Nội). 0, negative numbers and numbers above 99 are no codes; three-digit
    /// numbers are district codes in the same official code list.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code of the edition.</exception>
    public static Province Find(ProvinceEdition edition, int code) =>
        FindByNumber(edition, code) ?? throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"The code must be the code (1–99) of one of the {Data.Of(edition).Units.Count} units of the {Province.EditionLabel(edition)}; it was {code}."),
            nameof(code));

    /// <summary>Tries to get the unit of an edition whose code, read as a number, is <paramref name="code"/> (see <see cref="Find(ProvinceEdition, int)"/>).</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="code">The code as a number; numbers that are no code of the edition give <see langword="false"/>.</param>
    /// <param name="province">The unit when found.</param>
    /// <returns>Whether the number is a code of the edition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined value.</exception>
    public static bool TryFind(ProvinceEdition edition, int code, [NotNullWhen(true)] out Province? province)
    {
        province = FindByNumber(edition, code);
        return province is not null;
    }

    /// <summary>Gets the unit of an edition whose two-digit code is <paramref name="number"/> (0–99), or null: <see cref="Find(ProvinceEdition, string)"/> without a string.</summary>
    internal static Province? FindByNumber(ProvinceEdition edition, int number)
    {
        var data = Data.Of(edition);
        return (uint)number < 100 ? data.ByNumber[number] : null;
    }

    /// <summary>Reads a unit of an edition from text as spreadsheets and forms write it: a code in any usual spelling, or a name in any usual spelling.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="text">
    /// The text. Surrounding white space (including no-break spaces) is ignored. Text with a digit is read as a code: one
    /// or two ASCII digits that are a code of the edition ("74", "1" and " 01 " all find their unit). Any other text is
    /// read as a name, as <see cref="FindByName(ProvinceEdition, string)"/> reads it ("Binh Duong", "TP.HCM").
    /// </param>
    /// <returns>The unit.</returns>
    /// <remarks>
    /// <para>
    /// This is the one lenient reader of provinces; every reader of rows (CSV, spreadsheets, databases) goes through it,
    /// and <see cref="Find(ProvinceEdition, string)"/> stays exact (two digits, as published). A code is accepted only
    /// where it is unambiguous. Refused: three or more digits ("074": the official code list gives districts
    /// three-digit codes), "0" and "00", signs ("-1", "+74"), decimals ("1.5"), digits split by space ("7 4"), empty or
    /// blank text, and numbers that are no code of the edition ("03", or "74" in the 34-unit edition).
    /// </para>
    /// <para>JSON is the library's own format and stays exact: there a province's code is the two-digit string.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined value.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is neither a code nor a name of a unit of the edition; the message names the rule and the text.</exception>
    public static Province Parse(ProvinceEdition edition, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(edition, text, out var province))
        {
            return province;
        }

        var trimmed = text.AsSpan().Trim();
        var district = trimmed.Length == 3 && !trimmed.ContainsAnyExceptInRange('0', '9')
            ? " (three-digit codes are district codes, not province codes)"
            : string.Empty;
        throw new FormatException(
            string.Create(CultureInfo.InvariantCulture, $"The text must be the code (one or two digits) or the name of one of the {Data.Of(edition).Units.Count} units of the {Province.EditionLabel(edition)}; it was '{text}'{district}.{OtherEditionHint(edition, text, "It is", TryParse)}"));
    }

    /// <summary>Tries to read a unit of an edition from text (see <see cref="Parse(ProvinceEdition, string)"/>).</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="text">The code or name; null, ambiguous or unknown text gives <see langword="false"/>.</param>
    /// <param name="province">The unit when found.</param>
    /// <returns>Whether the text is a code or a name of a unit of the edition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined value.</exception>
    public static bool TryParse(ProvinceEdition edition, [NotNullWhen(true)] string? text, [NotNullWhen(true)] out Province? province)
    {
        var data = Data.Of(edition);
        province = null;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.IndexOfAnyInRange('0', '9') < 0)
        {
            return TryFindByName(edition, text, out province);
        }

        if (trimmed.Length is 1 or 2 && !trimmed.ContainsAnyExceptInRange('0', '9'))
        {
            var number = trimmed.Length == 1 ? trimmed[0] - '0' : ((trimmed[0] - '0') * 10) + (trimmed[1] - '0');
            province = data.ByNumber[number];
        }

        return province is not null;
    }

    /// <summary>Gets the position of a unit in <see cref="All(ProvinceEdition)"/> of its edition (ordered by code: 0 is Hà Nội 01) — the province index of <see cref="Aggregation.CaseColumns"/>.</summary>
    /// <param name="province">The unit.</param>
    /// <returns>0 to 62 in the 63-unit edition, 0 to 33 in the 34-unit edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    public static int IndexOf(Province province)
    {
        ArgumentNullException.ThrowIfNull(province);
        return province.Index;
    }

    /// <summary>Tries to get the unit of an edition with the given two-digit code.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="code">The official code; null or unknown codes give <see langword="false"/>.</param>
    /// <param name="province">The unit when found.</param>
    /// <returns>Whether the code belongs to the edition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined value.</exception>
    public static bool TryFind(ProvinceEdition edition, [NotNullWhen(true)] string? code, [NotNullWhen(true)] out Province? province)
    {
        var data = Data.Of(edition);
        province = null;
        return code is not null && data.ByCode.TryGetValue(code, out province);
    }

    /// <summary>Gets the unit of an edition with the given name, written in any of the usual ways.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="name">
    /// The name in NFC or NFD, in any case, with either tone-mark placement ("Hoà Bình" or "Hòa Bình"), with or without
    /// a "TP.", "TP", "Thành phố" or "Tỉnh" prefix, with any dash and spacing ("Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu"),
    /// or entirely without diacritics ("Binh Duong"). "Thừa Thiên Huế" and "Huế" find code 46 in both editions;
    /// "TPHCM", "TP.HCM", "HCM", "HCMC" and "Ho Chi Minh City" find Hồ Chí Minh (79); "Hanoi" finds Hà Nội (01).
    /// </param>
    /// <returns>The unit.</returns>
    /// <remarks>
    /// A name with diacritics is compared with its tones and vowel marks (only the tone's placement is free), so
    /// "Bạc Liêu" never matches "Bắc ...". A name without any diacritic is compared with the ASCII names. No culture
    /// or ICU data is used.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> names no unit of the edition.</exception>
    public static Province FindByName(ProvinceEdition edition, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TryFindByName(edition, name, out var province))
        {
            return province;
        }

        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"The name must name one of the {Data.Of(edition).Units.Count} units of the {Province.EditionLabel(edition)}; it was '{name}'.{OtherEditionHint(edition, name, "It names", TryFindByName)}"),
            nameof(name));
    }

    /// <summary>Tries to get the unit of an edition with the given name (see <see cref="FindByName(ProvinceEdition, string)"/>).</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="name">The name; null or unknown names give <see langword="false"/>.</param>
    /// <param name="province">The unit when found.</param>
    /// <returns>Whether the name names a unit of the edition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined value.</exception>
    public static bool TryFindByName(ProvinceEdition edition, [NotNullWhen(true)] string? name, [NotNullWhen(true)] out Province? province)
    {
        var data = Data.Of(edition);
        province = null;
        if (name is null)
        {
            return false;
        }

        var keys = ProvinceNameKey.Of(name);
        return keys.HasDiacritics
            ? data.ByVietnameseKey.TryGetValue(keys.Vietnamese, out province)
            : data.ByAsciiKey.TryGetValue(keys.Ascii, out province);
    }

    /// <summary>Says what text that finds no unit of an edition finds in the other edition, or nothing.</summary>
    private static string OtherEditionHint(ProvinceEdition edition, string text, string verb, TryLookup lookup)
    {
        var other = edition == ProvinceEdition.Provinces63 ? ProvinceEdition.Provinces34 : ProvinceEdition.Provinces63;
        return lookup(other, text, out var elsewhere) ? $" {verb} {elsewhere} in the other edition." : string.Empty;
    }

    private delegate bool TryLookup(ProvinceEdition edition, [NotNullWhen(true)] string? text, [NotNullWhen(true)] out Province? province);

    /// <summary>Gets the unit of the 34-unit edition that a unit of the 63-unit edition became on 01/07/2025.</summary>
    /// <param name="province">A unit of the 63-unit edition.</param>
    /// <returns>Its successor; Bình Dương (74) gives Hồ Chí Minh (79, 34-unit edition).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="province"/> is not of the 63-unit edition.</exception>
    public static Province Successor(Province province)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (province.Edition != ProvinceEdition.Provinces63)
        {
            throw new ArgumentException(
                $"The province must be of the 63-unit edition to have a successor; it was {province}.", nameof(province));
        }

        return Data.Successors[province.Index];
    }

    /// <summary>Gets the units of the 63-unit edition that formed a unit of the 34-unit edition, ordered by code.</summary>
    /// <param name="province">A unit of the 34-unit edition.</param>
    /// <returns>One predecessor for the 11 unchanged units; two or three for the 23 merged units.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="province"/> is not of the 34-unit edition.</exception>
    public static IReadOnlyList<Province> Predecessors(Province province)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (province.Edition != ProvinceEdition.Provinces34)
        {
            throw new ArgumentException(
                $"The province must be of the 34-unit edition to have predecessors; it was {province}.", nameof(province));
        }

        return Data.Predecessors[province.Index];
    }

    /// <summary>Re-bases additive counts of 63-unit provinces onto the 34 units by summing each new unit's predecessors.</summary>
    /// <param name="counts">Counts keyed by units of the 63-unit edition, each at most once, none negative.</param>
    /// <returns>
    /// The sums, keyed by units of the 34-unit edition in code order, for every new unit whose predecessors are present.
    /// Rates are recomputed from re-based numerators and denominators, never averaged.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> or one of its provinces is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">
    /// A province is not of the 63-unit edition or appears twice, or a new unit has only some of its predecessors
    /// (its sum would be silently incomplete).
    /// </exception>
    public static IReadOnlyDictionary<Province, long> Rebase(IEnumerable<KeyValuePair<Province, long>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var old = new long?[All(ProvinceEdition.Provinces63).Count];
        foreach (var (province, count) in counts)
        {
            if (province is null)
            {
                throw new ArgumentNullException(nameof(counts), "The counts must not contain a null province.");
            }

            if (province.Edition != ProvinceEdition.Provinces63)
            {
                throw new ArgumentException($"The counts must be keyed by units of the 63-unit edition; one was {province}.", nameof(counts));
            }

            if (old[province.Index] is not null)
            {
                throw new ArgumentException($"The counts must name each province at most once; {province} appears twice.", nameof(counts));
            }

            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(counts), $"The counts must not be negative; the count of {province} was {Preconditions.Number(count)}.");
            }

            old[province.Index] = count;
        }

        var result = new Dictionary<Province, long>();
        foreach (var unit in All(ProvinceEdition.Provinces34))
        {
            var predecessors = Predecessors(unit);
            var present = predecessors.Where(p => old[p.Index] is not null).ToList();
            if (present.Count == 0)
            {
                continue;
            }

            if (present.Count < predecessors.Count)
            {
                throw new ArgumentException(
                    $"Re-basing needs every predecessor of {unit}; missing: {string.Join(", ", predecessors.Except(present))}.",
                    nameof(counts));
            }

            result[unit] = present.Sum(p => old[p.Index]!.Value);
        }

        return result;
    }

    internal sealed class EditionData
    {
        public EditionData(IReadOnlyList<Province> units)
        {
            Units = units;
            ByCode = units.ToDictionary(p => p.Code, StringComparer.Ordinal);
            foreach (var unit in units)
            {
                if (unit.Code is [>= '0' and <= '9', >= '0' and <= '9'] code)
                {
                    ByNumber[((code[0] - '0') * 10) + (code[1] - '0')] = unit;
                }
            }

            foreach (var unit in units)
            {
                foreach (var name in new[] { unit.Name, unit.AsciiName }.Concat(unit.OtherNames))
                {
                    var keys = ProvinceNameKey.Of(name);
                    if (keys.HasDiacritics)
                    {
                        Add(ByVietnameseKey, keys.Vietnamese, unit);
                    }

                    Add(ByAsciiKey, keys.Ascii, unit);
                }
            }
        }

        public IReadOnlyList<Province> Units { get; }

        public Dictionary<string, Province> ByCode { get; }

        /// <summary>Gets the units by their two-digit code read as a number (0–99), with null where no unit has it.</summary>
        public Province?[] ByNumber { get; } = new Province?[100];

        public Dictionary<string, Province> ByVietnameseKey { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Province> ByAsciiKey { get; } = new(StringComparer.Ordinal);

        public void AddAlias(string asciiAlias, string code) => Add(ByAsciiKey, ProvinceNameKey.Of(asciiAlias).Ascii, ByCode[code]);

        private static void Add(Dictionary<string, Province> index, string key, Province unit)
        {
            if (index.TryGetValue(key, out var existing) && existing != unit)
            {
                throw new InvalidOperationException($"The name key '{key}' would find both {existing} and {unit}.");
            }

            index[key] = unit;
        }
    }

    private sealed class Catalog
    {
        private Catalog(EditionData old, EditionData current, Province[] successors, IReadOnlyList<Province>[] predecessors, PopulationTable population)
        {
            (Old, Current, Successors, Predecessors, Population) = (old, current, successors, predecessors, population);
        }

        public EditionData Old { get; }

        public EditionData Current { get; }

        public Province[] Successors { get; }

        public IReadOnlyList<Province>[] Predecessors { get; }

        public PopulationTable Population { get; }

        public EditionData Of(ProvinceEdition edition) => edition switch
        {
            ProvinceEdition.Provinces63 => Old,
            ProvinceEdition.Provinces34 => Current,
            _ => throw new ArgumentOutOfRangeException(
                nameof(edition), $"The edition must be Provinces63 or Provinces34; it was {((int)edition).ToString(CultureInfo.InvariantCulture)}."),
        };

        public static Catalog Load()
        {
            const string OldHue = "Thừa Thiên Huế";
            const string NewHue = "Huế";
            var rows = EmbeddedData.ReadCsv("provinces-2024.csv");
            var oldUnits = new List<Province>(rows.Count);
            foreach (var row in rows.OrderBy(r => r["code"], StringComparer.Ordinal))
            {
                var name = row["name_vi"];
                IReadOnlyList<string> otherNames = name == OldHue ? [NewHue] : [];
                oldUnits.Add(new Province(ProvinceEdition.Provinces63, row["code"], name, row["name_ascii"], ParseRegion(row["region"]), otherNames, oldUnits.Count));
            }

            var merger = EmbeddedData.ReadCsv("province-merger-2025.csv");
            var byOld = merger.ToDictionary(r => r["old_code"], StringComparer.Ordinal);
            var newCodes = merger.Select(r => r["new_code"]).Distinct().Order(StringComparer.Ordinal).ToList();
            var newUnits = new List<Province>(newCodes.Count);
            var predecessors = new IReadOnlyList<Province>[newCodes.Count];
            foreach (var code in newCodes)
            {
                var members = oldUnits.Where(p => byOld[p.Code]["new_code"] == code).ToList();
                var row = byOld[members[0].Code];
                var regions = members.Select(p => p.Region).Distinct().ToList();
                var name = row["new_name_vi"];
                IReadOnlyList<string> otherNames = name == NewHue ? [OldHue] : [];
                predecessors[newUnits.Count] = members;
                newUnits.Add(new Province(ProvinceEdition.Provinces34, code, name, row["new_name_ascii"], regions.Count == 1 ? regions[0] : null, otherNames, newUnits.Count));
            }

            var successors = oldUnits.Select(p => newUnits.Single(n => n.Code == byOld[p.Code]["new_code"])).ToArray();
            var old = new EditionData(oldUnits);
            var current = new EditionData(newUnits);
            foreach (var edition in new[] { old, current })
            {
                edition.AddAlias("Hanoi", "01");
                edition.AddAlias("HCM", "79");
                edition.AddAlias("TPHCM", "79");
                edition.AddAlias("HCMC", "79");
            }

            var population = EmbeddedData.ReadCsv("province-population.csv");
            var table = PopulationTable.CreateTrusted(
                oldUnits,
                population.Select(r => KeyValuePair.Create(old.ByCode[r["code"]], long.Parse(r["population"], NumberStyles.None, CultureInfo.InvariantCulture))),
                population[0]["reference_date"],
                population[0]["source"],
                isPreliminary: true);
            return new Catalog(old, current, successors, predecessors, table);
        }

        private static Region ParseRegion(string text) => text switch
        {
            "Red River Delta" => Region.RedRiverDelta,
            "Northeast" => Region.Northeast,
            "Northwest" => Region.Northwest,
            "North Central Coast" => Region.NorthCentralCoast,
            "South Central Coast" => Region.SouthCentralCoast,
            "Central Highlands" => Region.CentralHighlands,
            "Southeast" => Region.Southeast,
            "Mekong River Delta" => Region.MekongRiverDelta,
            _ => throw new InvalidOperationException($"The embedded province data has an unknown region '{text}'."),
        };
    }
}
