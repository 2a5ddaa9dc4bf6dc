import Foundation

/// Expected outputs compared byte for byte.
///
/// They live in code because the test target declares no resources. Regenerate them with
/// `MEKONG_UPDATE_GOLDEN=1 swift test --filter MekongRenderTests`, which rewrites the literal below in
/// this source file; then review the diff.
enum RenderGoldenFiles {
    /// ``RenderFixtures/golden`` as DOT, titled "Tỉnh An Giang", layout neato.
    static let goldenDOT = ##"""
        digraph mekong {
        	graph [charset="UTF-8",
        		fontname="DejaVu Sans",
        		fontsize=18,
        		label="Tỉnh An Giang",
        		labelloc=t,
        		layout=neato,
        		outputorder=edgesfirst,
        		overlap=false,
        		pad=0.3,
        		rankdir=LR
        	];
        	node [color="#555555",
        		fontname="DejaVu Sans",
        		fontsize=11,
        		label="\N",
        		style=filled
        	];
        	edge [color="#666666",
        		fontcolor="#333333",
        		fontname="DejaVu Sans",
        		fontsize=9
        	];
        	subgraph cluster_legend {
        		graph [color="#999999",
        			fontsize=10,
        			label=Legend,
        			labelloc=t,
        			style="rounded,dashed"
        		];
        		"legend:document"	[fillcolor="#fff2cc",
        			label=document,
        			shape=note,
        			tooltip="Entity type: document"];
        		"legend:event"	[fillcolor="#ead1dc",
        			label=event,
        			shape=diamond,
        			tooltip="Entity type: event"];
        		"legend:organization"	[fillcolor="#cfe2f3",
        			label=organization,
        			shape=box,
        			tooltip="Entity type: organization"];
        		"legend:person"	[fillcolor="#fce5cd",
        			label=person,
        			shape=ellipse,
        			tooltip="Entity type: person"];
        		"legend:place"	[fillcolor="#d9ead3",
        			label=place,
        			shape=hexagon,
        			tooltip="Entity type: place"];
        	}
        	"doc:11-qd-tw-78bdae92"	[fillcolor="#fff2cc",
        		id="doc:11-qd-tw-78bdae92",
        		label="11-QĐ/TW",
        		shape=note,
        		tooltip="11-QĐ/TW (document)"];
        	"event:hoi-nghi-so-ket-01e3d1a7"	[fillcolor="#ead1dc",
        		id="event:hoi-nghi-so-ket-01e3d1a7",
        		label="Hội nghị sơ kết",
        		shape=diamond,
        		tooltip="Hội nghị sơ kết (event)"];
        	"org:ban-bi-thu-90c994d4"	[fillcolor="#cfe2f3",
        		id="org:ban-bi-thu-90c994d4",
        		label="Ban Bí thư",
        		shape=box,
        		tooltip="Ban Bí thư (organization)"];
        	"org:ban-bi-thu-90c994d4" -> "doc:11-qd-tw-78bdae92"	[id="r:b6f792415eeb1625",
        		label="issued\n2021-05-19",
        		tooltip="issued: 2021-05-19"];
        	"org:ban-thuong-vu-tinh-uy-an-giang-608a6242"	[fillcolor="#cfe2f3",
        		id="org:ban-thuong-vu-tinh-uy-an-giang-608a6242",
        		label="Ban Thường vụ Tỉnh ủy An Giang",
        		shape=box,
        		tooltip="Ban Thường vụ Tỉnh ủy An Giang (organization)"];
        	"org:tinh-uy-an-giang-447c7ce5"	[fillcolor="#cfe2f3",
        		id="org:tinh-uy-an-giang-447c7ce5",
        		label="Tỉnh ủy An Giang",
        		shape=box,
        		tooltip="Tỉnh ủy An Giang (organization)"];
        	"org:ban-thuong-vu-tinh-uy-an-giang-608a6242" -> "org:tinh-uy-an-giang-447c7ce5"	[id="r:e15465e7d29817e7",
        		label=part_of,
        		tooltip=part_of];
        	"org:hoc-vien-chinh-tri-quoc-gia-ho-chi-minh-50827f16"	[fillcolor="#cfe2f3",
        		id="org:hoc-vien-chinh-tri-quoc-gia-ho-chi-minh-50827f16",
        		label="Học viện Chính trị quốc gia Hồ Chí Minh",
        		shape=box,
        		tooltip="Học viện Chính trị quốc gia Hồ Chí Minh (organization)\nAliases: Học viện"];
        	"org:hoc-vien-chinh-tri-quoc-gia-ho-chi-minh-50827f16" -> "org:tinh-uy-an-giang-447c7ce5"	[dir=none,
        		id="r:96ca136a2b14371c",
        		label=cooperates_with,
        		tooltip="Học viện Chính trị quốc gia Hồ Chí Minh và Tỉnh ủy An Giang phối hợp chặt chẽ trong công tác đào tạo, \
        bồi dưỡng cán bộ.\n(+1 more)"];
        	"place:an-giang-3b956dda"	[fillcolor="#d9ead3",
        		id="place:an-giang-3b956dda",
        		label="An Giang",
        		shape=hexagon,
        		tooltip="An Giang (place)"];
        	"org:tinh-uy-an-giang-447c7ce5" -> "place:an-giang-3b956dda"	[id="r:7efa2f753390a2fd",
        		label=located_in,
        		tooltip=located_in];
        	"org:tricky"	[fillcolor="#cfe2f3",
        		id="org:tricky",
        		label="Ban \"Đặc biệt\" C:\\dir\\n <b>đậm</b> & Co &amp;amp; \\N",
        		shape=box,
        		tooltip="Ban \"Đặc biệt\" C:\\\\dir\\\\n <b>đậm</b> & Co &amp;amp; \\\\N (organization)\nAliases: alias \"quoted\""];
        	"person:le-van-nung-e3186a2a"	[fillcolor="#fce5cd",
        		id="person:le-van-nung-e3186a2a",
        		label="Lê Văn Nưng",
        		shape=ellipse,
        		tooltip="Lê Văn Nưng (person)\nAliases: đồng chí Lê Văn Nưng; ông Nưng"];
        	"person:le-van-nung-e3186a2a" -> "org:tinh-uy-an-giang-447c7ce5"	[id="r:6b20d659b2fa9107",
        		label="holds_position\nPhó Bí thư Thường trực",
        		tooltip="Phó Bí thư Thường trực Tỉnh ủy An Giang Lê Văn Nưng phát biểu tại buổi làm việc."];
        	"person:le-van-nung-e3186a2a" -> "org:tricky"	[id="r:3abb130a88327cac",
        		label="holds_position\nGiám đốc",
        		tooltip="holds_position: Giám đốc"];
        }

        """##

    /// Rewrites the `goldenDOT` literal in this source file with `dot`.
    static func update(goldenDOT dot: String) throws {
        let file = #filePath
        let source = try String(contentsOfFile: file, encoding: .utf8)
        let opening = "static let goldenDOT = ##\"\"\"\n"
        guard let start = source.range(of: opening),
            let stop = source.range(of: "\"\"\"##", range: start.upperBound..<source.endIndex)
        else { return }
        // The literal drops the newline before its closing delimiter, hence the empty last line.
        let body = dot.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "        " + $0 }.joined(separator: "\n")
        let updated = source[..<start.upperBound] + body + "\n        " + source[stop.lowerBound...]
        try String(updated).write(toFile: file, atomically: true, encoding: .utf8)
    }
}
