/// The first word of a relation cue, which tells ``RelationRules`` which rules to try at a token.
enum CueWord {
    case belonging, apposition, list, comma, at, ban, ra, ky, phoi, lien, hop, lam, hoi, gap, dien, chao, tiep, tham, thong, trao, chu, tren, co, don, colon, cap, doi, hopMeeting, cung
}
