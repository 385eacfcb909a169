/// The framework a new rubric starts from: seven areas of five levels each, unmarked, in
/// words any engineering organisation can start from and edit. Compiled in, so
/// `rubric init` and a first run need no file. `rubric check` finds nothing in it (a test
/// says so).
public enum DefaultFramework {
    public static let fileName = "rubric.md"

    public static var bytes: [UInt8] { Array(markdown.utf8) }

    static let markdown = #"""
# Craft

Each area's levels build on one another: mark the highest one that describes your work today.

## Architecture

1. Understands the architecture of the services their team owns and how they fit together
2. Explains the architecture of the wider system their team's services belong to
3. Proposes and challenges designs, weighing their trade-offs and explaining them clearly
4. Shapes the architecture of several services, improving it step by step towards agreed goals
5. Sets architectural direction across teams and coaches others in design

## Code quality

1. Writes clear, tested code and acts on feedback from code review
2. Improves the code they touch and gives useful reviews to engineers at any level
3. Improves the patterns and practices the team's code base follows
4. Multiplies the team's quality through tooling, examples and mentoring
5. Raises code quality across teams and shares what works beyond them

## Testing

1. Writes unit tests for their changes
2. Chooses the right kind of test for each change and keeps tests fast and reliable
3. Designs the team's test strategy across units, integration and end to end
4. Builds tooling that makes testing easier for several teams
5. Shapes how the organisation tests and measures quality

# Delivery

## Operations

1. Uses logs, metrics and traces to find the cause of a problem
2. Creates alerts and dashboards that catch problems before users do
3. Improves observability and alerting; takes part in blameless post-incident reviews
4. Leads incident response and reviews, and removes classes of failure
5. Drives operational improvements across teams

## Security

1. Follows secure coding practices and keeps dependencies up to date
2. Spots common vulnerabilities in review and fixes them
3. Models threats for the team's services and builds defences into designs
4. Leads security improvements across several services
5. Sets security practices that teams across the organisation adopt

## Shipping

1. Ships small, well-scoped changes with guidance
2. Plans and ships features on their own, keeping changes small and releasable
3. Improves the team's build, release and deployment pipeline
4. Makes releasing safer and faster for several teams
5. Shapes how the organisation builds, tests and ships software

# People

## Collaboration

1. Asks for help when stuck and shares what they learn
2. Helps teammates and explains their work clearly in writing and in person
3. Mentors engineers and leads technical discussions to a decision
4. Builds agreement across teams and grows other engineers into leaders
5. Leads change across the organisation and develops its technical leaders

## Score

0/35

"""#
}
