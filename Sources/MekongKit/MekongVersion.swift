/// The version of Mekong: what `mekong --version` prints.
///
/// Written here, and only here, by hand when a release changes what users see (semantic versioning: the minor
/// number for new commands or options, the major one for a change that breaks scripts or stores). Nothing is
/// read from git at run time, so a build from a tarball says the same.
public enum MekongVersion {
    /// The current version, `MAJOR.MINOR.PATCH`.
    public static let current = "0.4.0"
}
