import MekongPluginAPI
import VietnameseLexicon

/// Finds named bodies by their grammar: a head noun (Học viện, Tỉnh ủy, Ban Thường vụ, UBND …) and the
/// modifiers, places and nested bodies that follow it, plus the known bodies of the lexicon.
///
/// Sub-bodies yield their parent as a mention of its own ("Ban Thường vụ Tỉnh ủy An Giang" also gives
/// "Tỉnh ủy An Giang"); abbreviations are expanded in the canonical name ("UBND tỉnh Yên Bái" →
/// "Ủy ban nhân dân tỉnh Yên Bái"); a bare short form ("Tỉnh ủy", "Học viện khu vực IV") resolves to
/// the one full name of the article it can stand for.
public struct VietnameseOrganizationExtractor: Extractor {
    public let descriptor = ExtractorDescriptor(
        id: "vi.organizations", version: "1.0.0",
        summary: "Vietnamese organizations: Party committees, state bodies, academies, schools, ministries, media",
        produces: [.entity(.organization)])

    let lexicon: VietnameseLexicon

    /// Uses the shared lexicon unless another is given.
    public init(lexicon: VietnameseLexicon = .shared) { self.lexicon = lexicon }

    public func extract(from document: Document) throws -> Extraction {
        let parser = OrganizationGrammar(document: document, lexicon: lexicon)
        var mentions: [EntityMention] = []
        var index = 0
        let tokens = document.tokens
        // The body the grammar parsed last, while nothing else has been read after it: the first of two that may share
        // their head with a list ("Đại học A, Đại học B, C và D").
        var previousParsed: ParsedOrganization?
        // Units without an owner listed right before this token, with the index of each one's mention: they may share
        // the owner of the next ("Ban Tổ chức và Ban Tuyên giáo Tỉnh ủy X").
        var awaitingOwner: [(unit: ParsedOrganization, mention: Int?)] = []
        while index < tokens.count {
            let previous = previousParsed
            // Kept over the comma after it, the one token that may stand between the two bodies.
            if previous?.end != index || tokens[index].text != "," { previousParsed = nil }
            let awaiting = awaitingOwner
            // Kept over the comma or "và" after the last unit.
            if let last = awaiting.last?.unit, !(last.end == index && [",", "và"].contains(parser.keys[index])) {
                awaitingOwner = []
            }
            if let list = parser.distributiveList(at: index) {
                for body in list.bodies { mentions.append(body.mention(in: document)) }
                index = list.end
                continue
            }
            // "7 trường THCS …, gồm Chu Văn An, Cầu Giấy", "gồm Tổng công ty: DIC, Sông Hồng": bodies by their own names.
            if let list = parser.listAfterPluralHead(at: index) ?? parser.listAfterHeadColon(at: index) {
                for body in list.bodies { mentions.append(body.mention(in: document, elliptical: true)) }
                index = list.end
                continue
            }
            // "Tỉnh ủy, HĐND, UBND tỉnh X", "Ban Thường vụ và UBKT Tỉnh ủy các tỉnh A, B": one body per head and place.
            if let coordinated = parser.coordinatedBodies(at: index) {
                for item in coordinated.bodies {
                    mentions.append(item.body.mention(in: document, elliptical: true, parent: item.parent))
                }
                index = coordinated.end
                continue
            }
            // "Chủ tịch HĐQT kiêm Tổng giám đốc Công ty X": the bare board is the board of the body closing the chain.
            if let chained = parser.unitOfChainOwner(at: index) {
                mentions.append(chained.unit.mention(in: document, elliptical: true, parent: chained.owner))
                index = chained.unit.end
                continue
            }
            // "Đảng ủy, Lãnh đạo Đài Tiếng nói Việt Nam": the committee of the body whose leadership follows it.
            if let committee = parser.partyCommitteeOfLeadership(at: index) {
                mentions.append(committee.unit.mention(in: document, elliptical: true, parent: committee.owner))
                index = committee.unit.end
                continue
            }
            // "Bí thư Sóc Trăng - Nguyễn Văn Thể": the province alone stands for the body its leader heads.
            if let committee = parser.committeeOfProvinceLeader(at: index) {
                mentions.append(committee.mention(in: document, elliptical: true))
                index = committee.end
                continue
            }
            // "Bộ trưởng Khoa học và Công nghệ": after a minister's title the ministry's name drops "Bộ".
            if let ministry = parser.ministryAfterMinisterTitle(at: index) {
                mentions.append(ministry.mention(in: document))
                index = ministry.end
                continue
            }
            // "PV Dân trí", "Như Kiến Thức đã đưa tin": an outlet the text cites.
            if let outlet = parser.mediaOutlet(at: index) {
                mentions.append(outlet.mention(in: document))
                index = outlet.end
                continue
            }
            let listedAfterColon = parser.ministriesAfterMinistersColon(at: index)
            if let last = listedAfterColon.last {
                mentions += listedAfterColon.map { $0.mention(in: document, elliptical: true) }
                index = last.end
                continue
            }
            if let ministry = parser.lowercaseMinistry(at: index) {
                mentions.append(ministry.mention(in: document))
                index = ministry.end
                for next in parser.ministriesContinuing(after: index) {
                    mentions.append(next.mention(in: document, elliptical: true))
                    index = next.end
                }
                continue
            }
            // "Trung ương Hội Sinh viên Việt Nam": the central committee, with the organization named inside it.
            if let central = parser.centralCommittee(at: index) {
                mentions.append(central.mention(in: document))
                for nested in central.nested { mentions.append(nested.mention(in: document, nested: true)) }
                index = central.end
                continue
            }
            // Parsed once: this runs at every capitalized word.
            let parsedHere = parser.parse(at: index, allowSubHeadAfterTitle: false)
            if let parsed = parsedHere, let pair = parser.coordinatedOwnNames(in: parsed) {
                // "Nhà máy Alumin Tân Rai và Nhân Cơ": two plants, the second named by its own name only.
                mentions.append(pair[0].mention(in: document))
                mentions.append(pair[1].mention(in: document, elliptical: true))
                awaitingOwner = []
                index = parsed.end
            } else if let parsed = parsedHere {
                let owned = parser.unitsSharingOwner(awaiting.map(\.unit), with: parsed)
                for (unit, item) in zip(owned, awaiting) {
                    let mention = unit.mention(in: document, elliptical: true, parent: parsed.nested.first?.canonicalName)
                    if let position = item.mention { mentions[position] = mention } else { mentions.append(mention) }
                }
                awaitingOwner = owned.isEmpty && parser.awaitsOwner(parsed)
                    ? (awaiting.last.map { $0.unit.end + 1 == parsed.start } == true ? awaiting : []) + [(parsed, mentions.count)]
                    : []
                // "Cục … khu vực II (gọi tắt là Cục II)": the short name the text gives it is one of its names.
                var named = parsed
                if let short = parser.shortNameInParentheses(at: parsed.end) { named.aliases.append(short) }
                mentions.append(named.mention(in: document))
                for nested in parsed.nested { mentions.append(nested.mention(in: document, nested: true)) }
                index = parsed.end
                // "các Tổng công ty Phát điện 1, 2, 3": the numbers listed after a numbered body name its siblings.
                for sibling in parser.numberedSiblings(of: parsed) {
                    mentions.append(sibling.mention(in: document, elliptical: true))
                    index = sibling.end
                }
                // "Bộ Tài chính, Xây dựng, Giao thông vận tải": the ministries listed after one named in full.
                if parsed.canonicalName.hasPrefix("Bộ ") {
                    for next in parser.ministriesContinuing(after: index) {
                        mentions.append(next.mention(in: document, elliptical: true))
                        index = next.end
                    }
                }
                // "Đại học Quốc gia TP.HCM, Đại học Sư phạm TP.HCM, Sài Gòn, … và Y khoa Phạm Ngọc Thạch".
                let shared = index == parsed.end ? previous.map { parser.bodiesSharingHead(with: $0, parsed) } ?? [] : []
                for next in shared {
                    mentions.append(next.mention(in: document, elliptical: true))
                    index = next.end
                }
                if index == parsed.end { previousParsed = parsed }
            } else if let bare = parser.bareHeadBeforeListItem(at: index) {
                // "Ban Tổ chức và Ban Tuyên giáo Tỉnh ủy X": named only if the list gives it an owner.
                awaitingOwner = (awaiting.last.map { $0.unit.end + 1 == bare.start } == true ? awaiting : []) + [(bare, nil)]
                index = bare.end
            } else if let school = parser.schoolNamedByLevel(at: index) {
                // "điểm thi THPT Nguyễn Hữu Huân": the school, named without "Trường".
                mentions.append(school.mention(in: document))
                index = school.end
            } else if let department = parser.policeDepartment(at: index) {
                // "các phòng như: PC47, PA71, PK20E": the police's departments by their codes.
                mentions.append(department.mention(in: document))
                index = department.end
            } else if let acronym = parser.acronymAfterTitle(at: index) ?? parser.acronymInCountedListOfBodies(at: index) {
                // "Tổng Giám đốc VOV", "Kế toán trưởng PVC": an acronym right after a title names the body; so does one
                // listed after "18 cơ quan Liên Hợp Quốc:".
                mentions.append(acronym.mention(in: document))
                index = acronym.end
            } else if let company = parser.companyNamedByForeignForm(at: index) {
                // "Tổng Giám đốc Trung Nam Group": a company named with an English legal form.
                mentions.append(company.mention(in: document))
                index = company.end
            } else if let brand = parser.standaloneBrand(at: index) {
                // "đăng trên Facebook", "theo Reuters": a foreign company, outlet or agency named alone.
                mentions.append(brand.mention(in: document))
                index = brand.end
            } else if let company = parser.foreignCompanyInVietnam(at: index) {
                // "Honda Việt Nam (HVN) phối hợp với …": a foreign company's Vietnamese arm.
                mentions.append(company.mention(in: document))
                index = company.end
            } else if let company = parser.companyAfterKindWord(at: index),
                mentions.last.map({ $0.span.end <= document.tokens[company.start].span.start }) ?? true
            {
                // "quỹ đầu tư KKR Global", "hãng tin AP": a foreign company after a lower-case word of its kind.
                mentions.append(company.mention(in: document))
                index = company.end
            } else {
                index += 1
            }
        }
        // "Cục Nghệ thuật biểu diễn khẩn trương …": the article's full name of a body says where its other mentions end.
        mentions = ConfirmedNameTail.extend(mentions, document: document)
        // "Grab" is the "Công ty TNHH Grab Việt Nam" of another sentence.
        mentions = BrandOfNamedBody.join(mentions)
        // "các Ban HĐND thành phố", "Ủy ban MTTQ Việt Nam các cấp": kinds of bodies, no one body.
        mentions.removeAll { GenericBodies.isGeneric($0, in: document) }
        // "Bộ Công an Thượng tướng Tô Lâm": the rank and the name after it are the holder's.
        mentions = RankTail.trim(mentions, in: document)
        // "Phó Bí thư Thành ủy, Chủ tịch UBND TP Hà Nội": the bare committee of a chain of posts is that city's.
        mentions = PostChainPlace.complete(mentions, document: document, lexicon: lexicon)
        // "Bí thư Tỉnh ủy" in an article about one province: that province's Tỉnh ủy.
        let provinces = ProvincesNamed(document, lexicon: lexicon)
        if let focus = ProvinceInFocus(document, provinces: provinces, lexicon: lexicon) {
            mentions = focus.complete(mentions, in: document)
        }
        // "lãnh đạo Huyện ủy, UBND huyện" in an article about one district: that district's bodies.
        if let focus = LocalUnitInFocus(document) { mentions = focus.complete(mentions) }
        let resolved = ShortFormResolver.resolve(mentions, document: document, provinces: provinces)
        // "công ty TNHH Nam Triệu" is the "Công ty TNHH MTV Nam Triệu" of another sentence.
        let companies = CompanyNameVariants.merge(ShortFormResolver.completeWithPlace(resolved, parser: parser), lexicon: lexicon)
        // "Ban Kinh tế-Xã hội" is the "Ban Kinh tế-Xã hội HĐND huyện X" of another sentence.
        return Extraction(mentions: NumberedShortForm.join(UnitNamedWithoutOwner.join(companies)))
    }
}
