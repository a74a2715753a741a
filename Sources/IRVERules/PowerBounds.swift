/// Where `puissance_nominale` stops being read as kilowatts, and where it stops being read as watts.
public enum PowerBounds {
    /// Above this many "kW", the value is almost surely in watts (22000 for 22 kW).
    public static let maxKilowatts = 500.0
    /// The largest value read as watts (500 kW). Its kW value is at most `maxKilowatts`, so it is
    /// not read as watts again: the proposal is a fixed point of `fix`. Above it, the value is
    /// impossible in either unit and is reported, never divided.
    public static let maxWatts = 500_000.0
}
