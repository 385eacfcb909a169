// libFuzzer's entry point; see Fuzz/run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzCheck.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
