extension RepairCode {
    /// A value typed by the user in the web assistant's review, in place of the cell's (the change
    /// log marks it so: it was not derived by a rule).
    public static let userEdit = RepairCode(rawValue: "user-edit")
}
