/// The framework a new rubric starts from: the seven areas of the rubric this product was
/// first built for, unmarked. Compiled in, so `rubric init` and a first run need no file.
public enum DefaultFramework {
    public static let fileName = "rubric.md"

    public static var bytes: [UInt8] { Array(markdown.utf8) }

    static let markdown = #"""
# Technical

## Architecture

1. Understands the logical, component and physical architecture of the service their team owns

2. Articulates the logical, component and physical architecture of the distributed system their teams services contributes towards

3. Contributes and challenges the architecture -  considering the trade-offs and effectively communicating this to engineers and architects

4. Actively contributes towards creating and incrementally improving the architecture in line with the architectural goals

5. Actively researches and understands architectural practices and uses this to drive forward coaching and system level improvements

## Engineering

1. Strives to implement clean, self-documenting, testable code. Is able to implement feedback from code reviews

2. Actively improves the code-base and the feedback loops. <details><summary>Other items for discussion</summary>
Can review code authored by engineers of any level and provide meaningful feedback. Understands which type of test to use when and their trade-offs.</details>

3. Contributing towards improvements to the patterns and practices in use by the code base and the team. <details><summary>Other items for discussion</summary>
Actively coaches and mentors engineers at any level within any team about engineering practices and patterns</summary>

4. Looks to innovate, be a force multiplier within the team(?)

5. Looks beyond the engineering practices in use by the team and looks to bring benefits across engineering at ASOS

## Operations

1. Understands the value of logs, metrics & distributed traces and can use the telemetry to support root cause analysis

2. Creates alerts and dashboards that aid root cause analysis and help to retain error budget

3. Continuously improves system observability and effectiveness of alerts to ensure services do not exceed their error budget. Actively participates in blameless post-mortems and contributes to ensure services owned by the team are stable.

4. Reduces the need for manual support by engineering self-healing systems. Leads blameless post-mortems and identifies trends that help to further improve operating ASOS's services.

5. Advocates and delivers operational improvements across ASOS

## Secure engineering

1. Understands key secure coding threats (e.g. OWASP top 10), how to mitigate them and factors this when authoring and reviewing code

2. Actively participates in threat modelling sessions, helping to identify security threats, assess them and calling out potential mitigations

3. Understands architectural security risks, their mitigations and advocates for them to be resolved

4. Ensures their team are actively seen as subject matter experts. Helps other engineers to understand security best practice

5. Drives forwards organisational level improvements to secure engineering practices

## Storage

1. Understands how to perform read & write operations against the data stores in use by their platform.

2. Can design schemas for the data stores in use by their platform. Understands the trade-offs of each type of data store.

3. Can diagnose and resolve performance and scalability bottlenecks related to schema design and query performance

4. Can guide engineers to utilise the right storage technology and takes into consideration how data should be distributed using sharding & partitioning

5. Explores opportunities to optimise data storage choices & costs by looking at alternative data stores and how teams across ASOS could further optimise

## Deploying software

1. Understands how the CI/CD pipelines are configured for the services they support and the value they bring and how to operate them

2. Able to design and implement CI/CD pipelines

3. Strives to optimise pipelines for services their team owns to improve efficiency, safety & quality

4. Seen as an expert in CI/CD practices and is actively sought after. Helps other engineers understand CI/CD practices

5. Continually drives improvements to improve deployment efficiency, safety & quality across ASOS

## Quality

1. Understands the benefits of having automated testing and the trade-offs between different test types. Adheres to the coding style used by the team.

2. Ensures that new features are appropriately covered by automated tests and code has been analysed using code analysis tools. Understands that delivering small batches of software to production enables higher quality and faster feedback loops.

3. Optimises the tests used within the team by understanding when to shift left and right. Ensures there is confidence in the tests by ensuring they are not brittle

4. Drives code quality and coding style best practices within the team

5. Drives code quality best practice and innovation across ASOS


## Score

0/35

"""#
}
