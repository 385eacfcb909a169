// libFuzzer's entry point; see Fuzz/run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzCheck.check(bytes)
    ImportFuzzCheck.check(bytes)
    return 0
}
